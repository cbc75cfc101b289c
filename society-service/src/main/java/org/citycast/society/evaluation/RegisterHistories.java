package org.citycast.society.evaluation;

import java.util.UUID;

import org.citycast.society.inspection.InspectionService;
import org.citycast.society.registration.Society;
import org.citycast.society.registration.SocietyRegister;
import org.citycast.society.standing.StandingService;
import org.springframework.stereotype.Component;

/**
 * Puts together what the evaluation rules read of a society, each part from its owner's published
 * API: the register (status, registration, health tier), the inspection years, an open standing
 * case, and this module's own grades.
 */
@Component
class RegisterHistories {

    private final SocietyRegister register;
    private final InspectionService inspections;
    private final StandingService standing;
    private final Grades grades;

    RegisterHistories(SocietyRegister register, InspectionService inspections, StandingService standing,
            Grades grades) {
        this.register = register;
        this.inspections = inspections;
        this.standing = standing;
        this.grades = grades;
    }

    EvaluationRules.RegisterHistory of(UUID societyId) {
        return of(register.get(societyId));
    }

    EvaluationRules.RegisterHistory of(Society society) {
        return new EvaluationRules.RegisterHistory(society.getName(), society.getStatus(),
                society.getRegisteredOn() != null ? society.getRegisteredOn() : society.getJoinedOn(),
                society.getHealthTier(), inspections.results(society.getId()),
                standing.openCaseGrounds(society.getId()),
                grades.findBySocietyIdOrderByAwardedOnDesc(society.getId()).stream().map(Grade::past).toList());
    }
}
