package org.citycast.society.evaluation;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.citycast.society.platform.FieldProblem;

/**
 * Points in the five indicator groups of the evaluation (基础条件, 内部治理, 工作绩效, 社会评价, 党的建设),
 * as a society assesses itself or an assessor scores it; each group at most what
 * {@code platform.evaluation.indicators} gives it, 1,000 in all.
 */
public record IndicatorPoints(@NotNull @PositiveOrZero Integer basicConditions,
        @NotNull @PositiveOrZero Integer internalGovernance, @NotNull @PositiveOrZero Integer workPerformance,
        @NotNull @PositiveOrZero Integer socialEvaluation, @NotNull @PositiveOrZero Integer partyBuilding) {

    public int total() {
        return basicConditions + internalGovernance + workPerformance + socialEvaluation + partyBuilding;
    }

    /** The groups given more than their maximum, named {@code field.group}. */
    List<FieldProblem> beyond(IndicatorPoints maxima, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, field + ".basicConditions", basicConditions, maxima.basicConditions());
        check(problems, field + ".internalGovernance", internalGovernance, maxima.internalGovernance());
        check(problems, field + ".workPerformance", workPerformance, maxima.workPerformance());
        check(problems, field + ".socialEvaluation", socialEvaluation, maxima.socialEvaluation());
        check(problems, field + ".partyBuilding", partyBuilding, maxima.partyBuilding());
        return problems;
    }

    private static void check(List<FieldProblem> problems, String field, Integer points, int maximum) {
        if (points != null && points > maximum) {
            problems.add(new FieldProblem(field, "must be at most " + maximum + " points"));
        }
    }
}
