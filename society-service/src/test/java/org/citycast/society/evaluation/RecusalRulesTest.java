package org.citycast.society.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.citycast.society.evaluation.RecusalRules.Affiliation;
import org.citycast.society.evaluation.RecusalRules.Applicant;
import org.junit.jupiter.api.Test;

class RecusalRulesTest {

    static final UUID NURSING = UUID.fromString("22222222-2222-4222-8222-222222222222");
    static final UUID MEDICAL = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final Affiliation REVIEWER = new Affiliation("周强", "济宁医学院", Set.of(NURSING));

    @Test
    void anAssessorNeverScoresTheirOwnSociety() {
        assertThat(RecusalRules.conflict(REVIEWER, new Applicant(NURSING, "济宁市护理学会", "市卫生健康委员会")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("belongs to 济宁市护理学会"));
    }

    @Test
    void norTheSocietyThatEmploysThemNorOneHostedByTheirEmployer() {
        assertThat(RecusalRules.conflict(REVIEWER, new Applicant(UUID.randomUUID(), "济宁医学院 校友科技学会",
                "市教育局"))).hasValueSatisfying(reason -> assertThat(reason).contains("the applicant"));
        var official = new Affiliation("王芳", "市卫生健康委员会", Set.of());
        assertThat(RecusalRules.conflict(official, new Applicant(MEDICAL, "济宁市医学会", "市卫生健康委员会")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("host unit"));
    }

    @Test
    void anAssessorWithoutSuchTiesMayScore() {
        assertThat(RecusalRules.conflict(REVIEWER, new Applicant(MEDICAL, "济宁市医学会", "市卫生健康委员会"))).isEmpty();
        assertThat(RecusalRules.conflict(new Affiliation("李红", null, Set.of()),
                new Applicant(MEDICAL, "济宁市医学会", "市卫生健康委员会"))).isEmpty();
    }
}
