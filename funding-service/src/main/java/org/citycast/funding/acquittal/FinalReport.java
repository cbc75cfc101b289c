package org.citycast.funding.acquittal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycast.funding.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("final_report")
class FinalReport {

    @Id
    private final UUID applicationId;
    private String summary;
    private Integer actualAttendance;
    private LocalDate heldFrom;
    private LocalDate heldTo;
    private ReportStatus status;
    private String comments;
    @MappedCollection(idColumn = "application_id", keyColumn = "position_index")
    private List<SpendingLine> lines;
    private Instant submittedAt;
    private Instant reviewedAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @SuppressWarnings("java:S107")
    FinalReport(UUID applicationId, String summary, Integer actualAttendance, LocalDate heldFrom, LocalDate heldTo,
            ReportStatus status, String comments, List<SpendingLine> lines, Instant submittedAt, Instant reviewedAt,
            Instant updatedAt, Long version) {
        this.applicationId = applicationId;
        this.summary = summary;
        this.actualAttendance = actualAttendance;
        this.heldFrom = heldFrom;
        this.heldTo = heldTo;
        this.status = status;
        this.comments = comments;
        this.lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
        this.submittedAt = submittedAt;
        this.reviewedAt = reviewedAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static FinalReport start(UUID applicationId, Instant now) {
        return new FinalReport(applicationId, null, null, null, null, ReportStatus.DRAFT, null, List.of(), null, null,
                now, null);
    }

    void write(String summary, Integer attendance, LocalDate from, LocalDate to, List<SpendingLine> lines,
            Instant now) {
        requireEditable();
        this.summary = summary;
        this.actualAttendance = attendance;
        this.heldFrom = from;
        this.heldTo = to;
        this.lines = new ArrayList<>(lines);
        this.updatedAt = now;
    }

    void submit(Instant now) {
        requireEditable();
        if (summary == null || lines.isEmpty()) {
            throw DomainException.conflict("The final report needs a summary and actual spending per budget line "
                    + "before it is submitted.");
        }
        this.status = ReportStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    void accept(String comments, Instant now) {
        requireSubmitted();
        this.status = ReportStatus.ACCEPTED;
        this.comments = comments;
        this.reviewedAt = now;
        this.updatedAt = now;
    }

    void giveBack(String comments, Instant now) {
        requireSubmitted();
        this.status = ReportStatus.RETURNED;
        this.comments = comments;
        this.reviewedAt = now;
        this.updatedAt = now;
    }

    BigDecimal spending() {
        return lines.stream().map(SpendingLine::actual).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    boolean editable() {
        return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }

    void requireEditable() {
        if (!editable()) {
            throw DomainException.conflict("The final report is " + status + " and can no longer be changed.");
        }
    }

    private void requireSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw DomainException.conflict("The final report is " + status + ", not submitted.");
        }
    }

    Long getVersion() {
        return version;
    }

    UUID getApplicationId() {
        return applicationId;
    }

    String getSummary() {
        return summary;
    }

    Integer getActualAttendance() {
        return actualAttendance;
    }

    LocalDate getHeldFrom() {
        return heldFrom;
    }

    LocalDate getHeldTo() {
        return heldTo;
    }

    ReportStatus getStatus() {
        return status;
    }

    String getComments() {
        return comments;
    }

    List<SpendingLine> getLines() {
        return lines;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }
}
