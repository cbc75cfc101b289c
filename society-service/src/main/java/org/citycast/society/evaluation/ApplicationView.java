package org.citycast.society.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application; {@code assessments} only for ADMIN (a society sees its score once the proposed
 * grades are on public notice, never who scored it).
 */
record ApplicationView(UUID id, UUID roundId, UUID societyId, String societyName, EvaluationRules.Basis basis,
        String statement, IndicatorPoints selfAssessment, int selfAssessmentTotal, ApplicationStatus status,
        Instant submittedAt, String submittedBy, BigDecimal score, GradeLevel proposedLevel, String decisionNote,
        UUID gradeId, List<AssessmentView> assessments) {

    static ApplicationView of(EvaluationApplication a, List<AssessmentView> assessments) {
        return new ApplicationView(a.getId(), a.getRoundId(), a.getSocietyId(), a.getSocietyName(), a.getBasis(),
                a.getStatement(), a.getSelfAssessment(), a.getSelfAssessment().total(), a.getStatus(),
                a.getSubmittedAt(), a.getSubmittedBy(), a.getScore(), a.getProposedLevel(), a.getDecisionNote(),
                a.getGradeId(), assessments);
    }

    /** The application without its assessors: as the audit trail keeps it and its society sees it. */
    static ApplicationView of(EvaluationApplication a) {
        return of(a, null);
    }
}
