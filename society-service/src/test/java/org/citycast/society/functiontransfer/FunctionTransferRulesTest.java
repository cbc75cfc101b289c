package org.citycast.society.functiontransfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycast.society.evaluation.GradeLevel;
import org.citycast.society.evaluation.Reason;
import org.citycast.society.evaluation.SocietyGrades.GradeInForce;
import org.junit.jupiter.api.Test;

class FunctionTransferRulesTest {

    static final Reason MISSED = new Reason("MISSED_INSPECTION", "missed the 2025 annual inspection");

    @Test
    void aSocietyGradedAtOrAboveTheMinimumInGoodStandingMayBeChosen() {
        assertThat(FunctionTransferRules.refusals(grade(GradeLevel.AAA), List.of(), GradeLevel.AAA, true)).isEmpty();
        assertThat(FunctionTransferRules.refusals(grade(GradeLevel.AAAAA), List.of(), GradeLevel.AAA, true)).isEmpty();
    }

    @Test
    void noGradeOrOneBelowTheMinimumRefusesWithTheReason() {
        assertThat(FunctionTransferRules.refusals(Optional.empty(), List.of(), GradeLevel.AAA, true))
                .extracting(Reason::code).containsExactly("NO_GRADE");
        assertThat(FunctionTransferRules.refusals(grade(GradeLevel.AA), List.of(), GradeLevel.AAA, true))
                .extracting(Reason::message).containsExactly("holds 2A级, below the 3A级 required");
    }

    @Test
    void theEvaluationsExclusionsBarAGradedSocietyUnlessConfiguredOtherwise() {
        assertThat(FunctionTransferRules.refusals(grade(GradeLevel.AAAA), List.of(MISSED), GradeLevel.AAA, true))
                .containsExactly(MISSED);
        assertThat(FunctionTransferRules.refusals(grade(GradeLevel.AAAA), List.of(MISSED), GradeLevel.AAA, false))
                .isEmpty();
        Reason notActive = new Reason("NOT_ACTIVE", "is not a member society in good standing (status DISQUALIFIED)");
        assertThat(FunctionTransferRules.refusals(Optional.empty(), List.of(notActive, MISSED), null, false))
                .containsExactly(notActive);
    }

    private static Optional<GradeInForce> grade(GradeLevel level) {
        return Optional.of(new GradeInForce(UUID.randomUUID(), level, LocalDate.of(2025, 1, 1),
                LocalDate.of(2029, 12, 31), "2025-0001"));
    }
}
