package org.citycast.society.functiontransfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.citycast.society.evaluation.GradeLevel;
import org.citycast.society.evaluation.Reason;
import org.citycast.society.evaluation.SocietyGrades.GradeInForce;

/** Whether a society may be awarded a project, as pure rules: the reasons it may not, if any. */
final class FunctionTransferRules {

    private FunctionTransferRules() {
    }

    /**
     * @param grade        the society's grade in force, if any
     * @param exclusions   the evaluation's exclusions the register shows today
     * @param minimumLevel the lowest grade required, or null for none
     * @param exclusionsBar whether the exclusions bar a society too
     */
    static List<Reason> refusals(Optional<GradeInForce> grade, List<Reason> exclusions, GradeLevel minimumLevel,
            boolean exclusionsBar) {
        List<Reason> reasons = new ArrayList<>();
        if (minimumLevel != null) {
            if (grade.isEmpty()) {
                reasons.add(new Reason("NO_GRADE", "has no evaluation grade in force (" + minimumLevel.label()
                        + " or above is required)"));
            } else if (!grade.get().level().atLeast(minimumLevel)) {
                reasons.add(new Reason("GRADE_TOO_LOW", "holds " + grade.get().level().label() + ", below the "
                        + minimumLevel.label() + " required"));
            }
        }
        if (exclusionsBar) {
            reasons.addAll(exclusions);
        } else {
            exclusions.stream().filter(reason -> reason.code().equals("NOT_ACTIVE")).forEach(reasons::add);
        }
        return reasons;
    }
}
