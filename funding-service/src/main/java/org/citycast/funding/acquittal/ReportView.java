package org.citycast.funding.acquittal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ReportView(UUID applicationId, String status, String summary, Integer actualAttendance, LocalDate heldFrom,
        LocalDate heldTo, List<SpendingLine> lines, BigDecimal planned, BigDecimal spent, String comments,
        Instant submittedAt, Instant reviewedAt, List<EvidenceFiles.EvidenceFile> evidence) {

    static ReportView of(FinalReport report, List<EvidenceFiles.EvidenceFile> evidence) {
        return new ReportView(report.getApplicationId(), report.getStatus().name(), report.getSummary(),
                report.getActualAttendance(), report.getHeldFrom(), report.getHeldTo(), List.copyOf(report.getLines()),
                report.getLines().stream().map(SpendingLine::planned).reduce(new BigDecimal("0.00"), BigDecimal::add),
                report.spending(), report.getComments(), report.getSubmittedAt(), report.getReviewedAt(), evidence);
    }
}
