package org.citycast.society.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycast.society.registration.HealthTier;
import org.junit.jupiter.api.Test;

class StandingRulesTest {

    @Test
    void twoConsecutiveMissedYearsCount() {
        assertThat(StandingRules.grounds(List.of(2024, 2025), HealthTier.SOUND_WEAK))
                .contains("连续两年（2024年、2025年）未参加年检");
        assertThat(StandingRules.grounds(List.of(2019, 2022, 2023), HealthTier.SOUND_ACTIVE))
                .contains("连续两年（2022年、2023年）未参加年检");
    }

    @Test
    void theLatestPairOfMissedYearsIsTheGround() {
        assertThat(StandingRules.grounds(List.of(2020, 2021, 2024, 2025), HealthTier.SOUND_ACTIVE))
                .contains("连续两年（2024年、2025年）未参加年检");
        assertThat(StandingRules.grounds(List.of(2023, 2024, 2025), HealthTier.SOUND_ACTIVE))
                .contains("连续两年（2024年、2025年）未参加年检");
    }

    @Test
    void missedYearsWithAGapDoNot() {
        assertThat(StandingRules.grounds(List.of(2021, 2023, 2025), HealthTier.SOUND_ACTIVE)).isEmpty();
        assertThat(StandingRules.grounds(List.of(2025), HealthTier.INCOMPLETE)).isEmpty();
        assertThat(StandingRules.grounds(List.of(), HealthTier.SOUND_ACTIVE)).isEmpty();
    }

    @Test
    void aDormantSocietyGoesDownWhateverItsInspections() {
        assertThat(StandingRules.grounds(List.of(), HealthTier.DORMANT)).contains("处于停滞状态，名存实亡");
        assertThat(StandingRules.grounds(List.of(2024, 2025), HealthTier.DORMANT))
                .contains("连续两年（2024年、2025年）未参加年检；处于停滞状态，名存实亡");
    }

    @Test
    void anOpenCaseBlocksASecondOne() {
        DisqualificationCase open = drafted("连续两年（2024年、2025年）未参加年检");
        assertThat(StandingRules.groundsForNewCase(List.of(2024, 2025), HealthTier.DORMANT, open)).isEmpty();
        assertThat(StandingRules.groundsForNewCase(List.of(2024, 2025), HealthTier.SOUND_ACTIVE, null))
                .contains("连续两年（2024年、2025年）未参加年检");
    }

    @Test
    void groundsAlreadyDismissedDoNotComeBackButNewGroundsDo() {
        DisqualificationCase dismissed = drafted("连续两年（2023年、2024年）未参加年检");
        dismissed.decide(false, "admin", "已整改", Instant.parse("2025-06-01T02:00:00Z"));

        assertThat(StandingRules.groundsForNewCase(List.of(2023, 2024), HealthTier.SOUND_WEAK, dismissed)).isEmpty();
        assertThat(StandingRules.groundsForNewCase(List.of(2023, 2024, 2025), HealthTier.SOUND_WEAK, dismissed))
                .contains("连续两年（2024年、2025年）未参加年检");
        assertThat(StandingRules.groundsForNewCase(List.of(2023, 2024), HealthTier.DORMANT, dismissed))
                .contains("连续两年（2023年、2024年）未参加年检；处于停滞状态，名存实亡");
    }

    @Test
    void aTrueTypeCollectionIsLoadedByItsFirstFaceUnlessOneIsNamed() {
        var settings = new LetterSettings("市科协", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        assertThat(settings.fontProgram()).isEqualTo("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0");
        assertThat(settings.fontFile()).isEqualTo("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        var second = new LetterSettings("市科协", "/fonts/NotoSansCJK.ttc,1");
        assertThat(second.fontProgram()).isEqualTo("/fonts/NotoSansCJK.ttc,1");
        assertThat(second.fontFile()).isEqualTo("/fonts/NotoSansCJK.ttc");
        assertThat(new LetterSettings("市科协", "/fonts/simsun.ttf").fontProgram()).isEqualTo("/fonts/simsun.ttf");
    }

    private static DisqualificationCase drafted(String grounds) {
        return DisqualificationCase.draft(UUID.randomUUID(), "济宁市某学会", null, grounds, LocalDate.of(2025, 5, 1),
                Instant.parse("2025-05-01T02:00:00Z"));
    }

    @Test
    void lettersAreDatedTheChineseWay() {
        assertThat(DisqualificationLetter.chineseDate(LocalDate.of(2026, 11, 29))).isEqualTo("2026年11月29日");
    }
}
