package org.citycast.expert.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citycast.expert.pool.Category;
import org.citycast.expert.pool.ExpertCard;
import org.citycast.expert.pool.TitleLevel;
import org.junit.jupiter.api.Test;

class RecusalTest {

    final UUID society = UUID.randomUUID();
    final UUID candidateExpert = UUID.randomUUID();
    final Nomination nomination = Nomination.file(UUID.randomUUID(), UUID.randomUUID(), society, "济宁市医学会",
            new Nomination.Candidate("孙丽", "济宁市第一人民医院", "主任医师", "成果", Category.MEDICINE, null,
                    candidateExpert), "secretary1", Instant.now());

    ExpertCard reviewer(UUID id, String employer, UUID... societies) {
        return new ExpertCard(id, "评审", "教授", TitleLevel.FULL_SENIOR, employer, Category.MEDICINE,
                Set.of(societies), List.of("SCI_TECH"), true);
    }

    @Test
    void aMemberOfTheNominatingSocietyIsConflicted() {
        assertThat(Recusal.between(reviewer(UUID.randomUUID(), "青岛大学", UUID.randomUUID(), society), nomination))
                .extracting(Recusal.Conflict::kind).containsExactly(Recusal.Kind.SAME_SOCIETY);
    }

    @Test
    void theSameEmployerIsRecognisedDespiteSpacesAndFullWidthForms() {
        assertThat(Recusal.between(reviewer(UUID.randomUUID(), " 济宁市第一人民医院　"), nomination))
                .extracting(Recusal.Conflict::kind).containsExactly(Recusal.Kind.SAME_EMPLOYER);
        assertThat(Recusal.conflicted(reviewer(UUID.randomUUID(), "济宁市第二人民医院"), nomination)).isFalse();
    }

    @Test
    void theCandidateThemselfAndADeclaredConflictAreConflicts() {
        assertThat(Recusal.between(reviewer(candidateExpert, "别处"), nomination))
                .extracting(Recusal.Conflict::kind).containsExactly(Recusal.Kind.SELF);
        UUID declaring = UUID.randomUUID();
        nomination.assign(declaring, Assignment.How.MANUAL, "admin", Instant.now());
        nomination.declareConflict(declaring, "师生关系", "reviewer", Instant.now());
        assertThat(Recusal.between(reviewer(declaring, "别处"), nomination))
                .extracting(Recusal.Conflict::reason).containsExactly("declared: 师生关系");
        assertThat(nomination.isAssigned(declaring)).isFalse();
    }
}
