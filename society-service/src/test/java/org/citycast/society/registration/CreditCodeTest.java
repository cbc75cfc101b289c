package org.citycast.society.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91110000600037341L", "91310000MA1FL4B24G", "91440300708461136T"})
    void realPublishedCodesPass(String code) {
        assertThat(CreditCode.check(code).valid()).isTrue();
    }

    @Test
    void aWrongCheckCharacterSaysWhichItShouldBe() {
        var verdict = CreditCode.check("91110000600037341M");
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.error()).hasValueSatisfying(message -> assertThat(message)
                .contains("check character is 'M' but should be 'L'").contains("mod-31"));
    }

    @Test
    void lettersOutsideTheCharsetAreRefusedByPosition() {
        var verdict = CreditCode.check("9111000060003734IL");
        assertThat(verdict.error()).hasValueSatisfying(message -> assertThat(message).contains("character 17"));
    }

    @Test
    void theLengthIsChecked() {
        assertThat(CreditCode.check("91110000600037341").error()).hasValueSatisfying(
                message -> assertThat(message).contains("18 characters"));
    }

    @Test
    void theRegionMustBeDigits() {
        String first17 = "91A1000060003734A";
        String code = first17 + CreditCode.checkCharacter(first17);
        assertThat(CreditCode.check(code).error()).hasValueSatisfying(
                message -> assertThat(message).contains("region"));
    }

    @Test
    void aFailedOrganisationCodeCheckIsOnlyAWarning() {
        String first17 = "913700001234567811";
        first17 = first17.substring(0, 17);
        assertThat(CreditCode.organisationCodeValid(first17.substring(8, 17))).isFalse();
        String code = first17 + CreditCode.checkCharacter(first17);

        var verdict = CreditCode.check(code);
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.warning()).hasValueSatisfying(message -> assertThat(message).contains("GB 11714"));
    }

    @Test
    void organisationCodeCheckFollowsGb11714() {
        assertThat(CreditCode.organisationCodeValid("600037341")).isTrue();
        assertThat(CreditCode.organisationCodeValid("MJ5260185")).isTrue();
        assertThat(CreditCode.organisationCodeValid("600037342")).isFalse();
    }
}
