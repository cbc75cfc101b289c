package org.citycast.funding.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycast.funding.catalogue.ActivityTag;
import org.citycast.funding.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A society's application for a grant and, once approved, the grant itself. Every change of
 * status goes through {@link #moveTo}, which enforces {@link GrantStatus}; the money fields
 * (approved, disbursed, accepted spending, settled) only ever grow within what was approved.
 */
@Table("grant_application")
class GrantApplication {

    @Id
    private final UUID id;
    private final UUID societyId;
    private String societyName;
    private UUID callId;
    private int year;
    private String categoryCode;
    private String subItemCode;
    private ActivityTag tag;
    private String title;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private String venue;
    private Integer expectedAttendance;
    @MappedCollection(idColumn = "application_id", keyColumn = "position_index")
    private List<CoOrganiser> coOrganisers;
    @MappedCollection(idColumn = "application_id", keyColumn = "position_index")
    private List<BudgetLine> budgetLines;
    private BigDecimal requestedAmount;
    private GrantStatus status;
    private String statusComment;
    private Instant submittedAt;
    private BigDecimal reviewScore;
    private BigDecimal approvedAmount;
    private Instant decidedAt;
    private LocalDate signedOn;
    private LocalDate reportDueOn;
    private LocalDate overdueSince;
    private BigDecimal disbursedAmount;
    private BigDecimal acceptedSpending;
    private BigDecimal settledAmount;
    private Instant closedAt;
    private final String createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @SuppressWarnings("java:S107")
    GrantApplication(UUID id, UUID societyId, String societyName, UUID callId, int year, String categoryCode,
            String subItemCode, ActivityTag tag, String title, LocalDate plannedStart, LocalDate plannedEnd,
            String venue, Integer expectedAttendance, List<CoOrganiser> coOrganisers, List<BudgetLine> budgetLines,
            BigDecimal requestedAmount, GrantStatus status, String statusComment, Instant submittedAt,
            BigDecimal reviewScore, BigDecimal approvedAmount, Instant decidedAt, LocalDate signedOn,
            LocalDate reportDueOn, LocalDate overdueSince, BigDecimal disbursedAmount, BigDecimal acceptedSpending,
            BigDecimal settledAmount, Instant closedAt, String createdBy, Instant createdAt, Instant updatedAt,
            Long version) {
        this.id = id;
        this.societyId = societyId;
        this.societyName = societyName;
        this.callId = callId;
        this.year = year;
        this.categoryCode = categoryCode;
        this.subItemCode = subItemCode;
        this.tag = tag;
        this.title = title;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.venue = venue;
        this.expectedAttendance = expectedAttendance;
        this.coOrganisers = coOrganisers == null ? new ArrayList<>() : new ArrayList<>(coOrganisers);
        this.budgetLines = budgetLines == null ? new ArrayList<>() : new ArrayList<>(budgetLines);
        this.requestedAmount = requestedAmount;
        this.status = status;
        this.statusComment = statusComment;
        this.submittedAt = submittedAt;
        this.reviewScore = reviewScore;
        this.approvedAmount = approvedAmount;
        this.decidedAt = decidedAt;
        this.signedOn = signedOn;
        this.reportDueOn = reportDueOn;
        this.overdueSince = overdueSince;
        this.disbursedAmount = disbursedAmount == null ? new BigDecimal("0.00") : disbursedAmount;
        this.acceptedSpending = acceptedSpending;
        this.settledAmount = settledAmount;
        this.closedAt = closedAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** The parts of a form that were checked against the call and the catalogue. */
    record Checked(ApplicationForm form, int year, String categoryCode) {
    }

    static GrantApplication draft(UUID id, UUID societyId, String societyName, Checked checked, String createdBy,
            Instant now) {
        GrantApplication application = new GrantApplication(id, societyId, societyName, null, 0, null, null, null,
                null, null, null, null, null, null, null, null, GrantStatus.DRAFT, null, null, null, null, null, null,
                null, null, null, null, null, null, createdBy, now, now, null);
        application.fill(checked, now);
        return application;
    }

    void revise(Checked checked, Instant now) {
        if (status != GrantStatus.DRAFT && status != GrantStatus.RETURNED) {
            throw DomainException.conflict("An application that is " + status + " cannot be changed; only drafts and "
                    + "returned applications can.");
        }
        fill(checked, now);
    }

    private void fill(Checked checked, Instant now) {
        ApplicationForm form = checked.form();
        this.callId = form.callId();
        this.year = checked.year();
        this.categoryCode = checked.categoryCode();
        this.subItemCode = form.subItem();
        this.tag = form.tag();
        this.title = form.title().strip();
        this.plannedStart = form.plannedStart();
        this.plannedEnd = form.plannedEnd();
        this.venue = form.venue();
        this.expectedAttendance = form.expectedAttendance();
        this.coOrganisers = new ArrayList<>(form.coOrganisers() == null ? List.of()
                : form.coOrganisers().stream().map(String::strip).map(CoOrganiser::new).toList());
        this.budgetLines = new ArrayList<>(form.budgetLines().stream()
                .map(line -> new BudgetLine(line.item().strip(), line.amount().setScale(2))).toList());
        this.requestedAmount = form.requestedAmount().setScale(2);
        this.updatedAt = now;
    }

    /** True the first time: a resubmission after a return is not a new application. */
    boolean submit(String societyName, Instant now) {
        if (budgetLines.isEmpty()) {
            throw DomainException.invalid("budgetLines", "at least one budget line is needed to apply");
        }
        boolean first = submittedAt == null;
        moveTo(GrantStatus.SUBMITTED, null, now);
        this.societyName = societyName;
        this.submittedAt = now;
        return first;
    }

    void withdraw(String reason, Instant now) {
        if (!status.mayMoveTo(GrantStatus.WITHDRAWN)) {
            throw DomainException.conflict("An application that is " + status + " cannot be withdrawn"
                    + (status.funded() ? "; an approved grant is closed instead." : "."));
        }
        moveTo(GrantStatus.WITHDRAWN, reason, now);
    }

    void passFormalCheck(String comments, Instant now) {
        requireStatus(GrantStatus.SUBMITTED, "pass the formal check");
        moveTo(GrantStatus.IN_REVIEW, comments, now);
    }

    void returnForChanges(String comments, Instant now) {
        requireStatus(GrantStatus.SUBMITTED, "return it for changes");
        moveTo(GrantStatus.RETURNED, comments, now);
    }

    void reviewed(BigDecimal score, Instant now) {
        requireStatus(GrantStatus.IN_REVIEW, "close its review");
        moveTo(GrantStatus.REVIEWED, null, now);
        this.reviewScore = score;
    }

    void approve(BigDecimal amount, Instant now) {
        requireStatus(GrantStatus.REVIEWED, "decide on it");
        if (amount.compareTo(requestedAmount) > 0) {
            throw DomainException.invalid("amount", "must not exceed the requested " + requestedAmount);
        }
        moveTo(GrantStatus.APPROVED, null, now);
        this.approvedAmount = amount.setScale(2);
        this.decidedAt = now;
    }

    void reject(String reason, Instant now) {
        requireStatus(GrantStatus.REVIEWED, "decide on it");
        moveTo(GrantStatus.REJECTED, reason, now);
        this.decidedAt = now;
    }

    void agree(LocalDate signedOn, LocalDate reportDueOn, Instant now) {
        requireStatus(GrantStatus.APPROVED, "sign its agreement");
        moveTo(GrantStatus.AGREED, null, now);
        this.signedOn = signedOn;
        this.reportDueOn = reportDueOn;
    }

    void disbursed(BigDecimal amount, Instant now) {
        if (status != GrantStatus.AGREED && status != GrantStatus.REPORTED && status != GrantStatus.REPORT_ACCEPTED) {
            throw DomainException.conflict("Cannot pay a tranche of a grant that is " + status + ".");
        }
        BigDecimal total = disbursedAmount.add(amount);
        if (total.compareTo(approvedAmount) > 0) {
            throw DomainException.conflict("Cannot pay " + amount + ": " + disbursedAmount + " of the approved "
                    + approvedAmount + " is already paid.");
        }
        this.disbursedAmount = total.setScale(2);
        this.updatedAt = now;
    }

    void reportFiled(Instant now) {
        requireStatus(GrantStatus.AGREED, "file its final report");
        moveTo(GrantStatus.REPORTED, null, now);
        this.overdueSince = null;
    }

    void reportReturned(String comments, Instant now) {
        requireStatus(GrantStatus.REPORTED, "return its final report");
        moveTo(GrantStatus.AGREED, comments, now);
    }

    void reportAccepted(BigDecimal spending, Instant now) {
        requireStatus(GrantStatus.REPORTED, "accept its final report");
        moveTo(GrantStatus.REPORT_ACCEPTED, null, now);
        this.acceptedSpending = spending.setScale(2);
    }

    /** Settles the grant at what was both paid and spent; what is settled is never more than what was paid. */
    void close(Instant now) {
        requireStatus(GrantStatus.REPORT_ACCEPTED, "close it");
        moveTo(GrantStatus.CLOSED, null, now);
        this.settledAmount = disbursedAmount.min(acceptedSpending);
        this.closedAt = now;
    }

    /** Marks the final report overdue; true if it was not marked before. */
    boolean markOverdue(LocalDate today, Instant now) {
        if (status != GrantStatus.AGREED || reportDueOn == null || !today.isAfter(reportDueOn) || overdueSince != null) {
            return false;
        }
        this.overdueSince = reportDueOn.plusDays(1);
        this.updatedAt = now;
        return true;
    }

    boolean reportOverdueOn(LocalDate today) {
        return status == GrantStatus.AGREED && reportDueOn != null && today.isAfter(reportDueOn);
    }

    private void requireStatus(GrantStatus required, String action) {
        if (status != required) {
            throw DomainException.conflict("Cannot " + action + ": the application is " + status + ", not " + required
                    + ".");
        }
    }

    private void moveTo(GrantStatus next, String comment, Instant now) {
        if (!status.mayMoveTo(next)) {
            throw DomainException.conflict("An application that is " + status + " cannot become " + next + ".");
        }
        this.status = next;
        this.statusComment = comment;
        this.updatedAt = now;
    }

    UUID getId() {
        return id;
    }

    UUID getSocietyId() {
        return societyId;
    }

    String getSocietyName() {
        return societyName;
    }

    UUID getCallId() {
        return callId;
    }

    int getYear() {
        return year;
    }

    String getCategoryCode() {
        return categoryCode;
    }

    String getSubItemCode() {
        return subItemCode;
    }

    ActivityTag getTag() {
        return tag;
    }

    String getTitle() {
        return title;
    }

    LocalDate getPlannedStart() {
        return plannedStart;
    }

    LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    String getVenue() {
        return venue;
    }

    Integer getExpectedAttendance() {
        return expectedAttendance;
    }

    List<String> coOrganiserNames() {
        return coOrganisers.stream().map(CoOrganiser::name).toList();
    }

    List<BudgetLine> getBudgetLines() {
        return budgetLines;
    }

    BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    GrantStatus getStatus() {
        return status;
    }

    String getStatusComment() {
        return statusComment;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    BigDecimal getReviewScore() {
        return reviewScore;
    }

    BigDecimal getApprovedAmount() {
        return approvedAmount;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    LocalDate getSignedOn() {
        return signedOn;
    }

    LocalDate getReportDueOn() {
        return reportDueOn;
    }

    LocalDate getOverdueSince() {
        return overdueSince;
    }

    BigDecimal getDisbursedAmount() {
        return disbursedAmount;
    }

    BigDecimal getAcceptedSpending() {
        return acceptedSpending;
    }

    BigDecimal getSettledAmount() {
        return settledAmount;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
