package org.citycast.funding.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citycast.funding.expert.ExpertProfile;
import org.junit.jupiter.api.Test;

class ConflictRulesTest {

    static final UUID SOCIETY = UUID.randomUUID();
    static final UUID EXPERT = UUID.randomUUID();
    static final ConflictRules.Applicant APPLICANT = new ConflictRules.Applicant(SOCIETY, "济宁市医学会",
            List.of("济宁医学院附属医院", "  山东 大学 "));

    @Test
    void aMemberOfTheApplyingSocietyIsConflicted() {
        var expert = expert("王教授", "曲阜师范大学", SOCIETY);
        assertThat(ConflictRules.conflict(EXPERT, expert, APPLICANT, List.of()))
                .hasValue("The reviewer 王教授 belongs to 济宁市医学会, the applicant.");
    }

    @Test
    void anEmployeeOfACoOrganiserIsConflictedWhateverTheSpacing() {
        assertThat(ConflictRules.conflict(EXPERT, expert("李研究员", "山东大学"), APPLICANT, List.of()))
                .hasValueSatisfying(reason -> assertThat(reason).contains("works for 山东大学"));
        assertThat(ConflictRules.conflict(EXPERT, expert("李研究员", "济宁医学院"), APPLICANT, List.of()))
                .hasValueSatisfying(reason -> assertThat(reason).contains("co-organises"));
    }

    @Test
    void aDeclaredConflictWithTheSocietyCounts() {
        var declared = new DeclaredConflict(UUID.randomUUID(), EXPERT, SOCIETY, null, "曾任该会副理事长", "reviewer",
                Instant.now());
        assertThat(ConflictRules.conflict(EXPERT, expert("赵工", "国网济宁供电公司"), APPLICANT, List.of(declared)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("declared a conflict").contains("曾任该会副理事长"));
    }

    @Test
    void anExpertFundingHasNotHeardOfCannotBeChecked() {
        assertThat(ConflictRules.conflict(EXPERT, null, APPLICANT, List.of()))
                .hasValueSatisfying(reason -> assertThat(reason).contains("not known"));
    }

    @Test
    void anUnrelatedExpertIsFree() {
        var expert = expert("孙教授", "济宁学院", UUID.randomUUID());
        assertThat(ConflictRules.conflict(EXPERT, expert, APPLICANT, List.of())).isEmpty();
        assertThat(ConflictRules.conflict(EXPERT, expert("周工", null), APPLICANT, List.of())).isEmpty();
    }

    private static ExpertProfile expert(String name, String employer, UUID... societies) {
        return new ExpertProfile(EXPERT, name, employer, Set.of(societies), true, Instant.now());
    }
}
