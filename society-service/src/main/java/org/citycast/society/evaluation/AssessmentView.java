package org.citycast.society.evaluation;

import java.time.Instant;
import java.util.UUID;

/** An assessor's part as ADMIN and the assessor see it, and as the audit trail remembers it. */
record AssessmentView(UUID id, UUID applicationId, UUID societyId, UUID expertId, String assessorName,
        String employer, AssessmentStatus status, IndicatorPoints points, Integer total, String comments,
        String recusalReason, Instant assignedAt, Instant scoredAt) {

    static AssessmentView of(Assessment a) {
        return new AssessmentView(a.getId(), a.getApplicationId(), a.getSocietyId(), a.getExpertId(),
                a.getAssessorName(), a.getEmployer(), a.getStatus(), a.getPoints(),
                a.getPoints() == null ? null : a.getPoints().total(), a.getComments(), a.getRecusalReason(),
                a.getAssignedAt(), a.getScoredAt());
    }
}
