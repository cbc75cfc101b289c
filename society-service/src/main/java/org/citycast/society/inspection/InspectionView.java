package org.citycast.society.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An inspection as the API shows it and the audit trail remembers it, with its deadlines. */
record InspectionView(UUID id, UUID societyId, int year, InspectionStatus status, InspectionOutcome outcome,
        LocalDate reportDue, LocalDate forwardDue, AnnualReport report, Instant reportFiledAt,
        String preReviewComments, Instant preReviewedAt, Instant forwardedAt, Instant completedAt,
        LocalDate forwardingLateOn) {

    static InspectionView of(AnnualInspection i, InspectionCalendar deadlines) {
        return new InspectionView(i.getId(), i.getSocietyId(), i.getYear(), i.getStatus(), i.getOutcome(),
                deadlines.reportDueFor(i), deadlines.forwardDueFor(i.getYear()), i.report(),
                i.getReportFiledAt(), i.getPreReviewComments(), i.getPreReviewedAt(), i.getForwardedAt(),
                i.getCompletedAt(), i.getForwardingLateOn());
    }
}
