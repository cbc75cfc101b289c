package org.citycast.society.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.platform.AssociationTime;
import org.citycast.society.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One society's inspection for one year. */
@Table("annual_inspection")
public class AnnualInspection {


    @Id
    private final UUID id;
    private final UUID societyId;
    private final int year;
    private InspectionStatus status;
    private InspectionOutcome outcome;
    private String summary;
    private Integer activitiesHeld;
    private Integer individualMembers;
    private Integer unitMembers;
    private BigDecimal income;
    private BigDecimal expenditure;
    private BigDecimal netAssets;
    private Instant reportFiledAt;
    private String preReviewComments;
    private Instant preReviewedAt;
    private Instant forwardedAt;
    private Instant completedAt;
    private LocalDate forwardingLateOn;
    @Version
    private Long version;

    AnnualInspection(UUID id, UUID societyId, int year, InspectionStatus status, InspectionOutcome outcome,
            String summary, Integer activitiesHeld, Integer individualMembers, Integer unitMembers, BigDecimal income,
            BigDecimal expenditure, BigDecimal netAssets, Instant reportFiledAt, String preReviewComments,
            Instant preReviewedAt, Instant forwardedAt, Instant completedAt, LocalDate forwardingLateOn, Long version) {
        this.id = id;
        this.societyId = societyId;
        this.year = year;
        this.status = status;
        this.outcome = outcome;
        this.summary = summary;
        this.activitiesHeld = activitiesHeld;
        this.individualMembers = individualMembers;
        this.unitMembers = unitMembers;
        this.income = income;
        this.expenditure = expenditure;
        this.netAssets = netAssets;
        this.reportFiledAt = reportFiledAt;
        this.preReviewComments = preReviewComments;
        this.preReviewedAt = preReviewedAt;
        this.forwardedAt = forwardedAt;
        this.completedAt = completedAt;
        this.forwardingLateOn = forwardingLateOn;
        this.version = version;
    }

    static AnnualInspection open(UUID societyId, int year, boolean exempt) {
        return new AnnualInspection(UUID.randomUUID(), societyId, year,
                exempt ? InspectionStatus.EXEMPT : InspectionStatus.PENDING, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    /**
     * A year of the association's old records, entered as it ended: with its report and civil
     * affairs' outcome, or missed (no report, no outcome).
     */
    static AnnualInspection past(UUID societyId, int year, AnnualReport report, InspectionOutcome outcome,
            Instant now) {
        AnnualInspection inspection = open(societyId, year, false);
        if (report == null) {
            inspection.status = InspectionStatus.MISSED;
        } else {
            inspection.setReport(report);
            inspection.outcome = outcome;
            inspection.status = InspectionStatus.COMPLETED;
        }
        inspection.completedAt = now;
        return inspection;
    }

    void file(AnnualReport report, LocalDate today, LocalDate due, Instant now) {
        require(InspectionStatus.PENDING, "file the annual report");
        if (today.isAfter(due)) {
            throw DomainException.conflict("The report for " + year + " was due by " + due + "; it can no longer be filed.");
        }
        setReport(report);
        this.reportFiledAt = now;
        this.status = InspectionStatus.REPORT_FILED;
    }

    private void setReport(AnnualReport report) {
        this.summary = report.summary();
        this.activitiesHeld = report.activitiesHeld();
        this.individualMembers = report.individualMembers();
        this.unitMembers = report.unitMembers();
        this.income = report.income();
        this.expenditure = report.expenditure();
        this.netAssets = report.netAssets();
    }

    /** 初审: a pass goes on to forwarding; a return sends the report back to the society with comments. */
    void preReview(boolean passed, String comments, Instant now) {
        if (!passed && (comments == null || comments.isBlank())) {
            throw DomainException.invalid("comments", "are required when the report is returned to the society");
        }
        require(InspectionStatus.REPORT_FILED, "pre-review");
        this.preReviewComments = comments;
        this.preReviewedAt = now;
        this.status = passed ? InspectionStatus.PRE_REVIEWED : InspectionStatus.PENDING;
    }

    void forward(Instant now) {
        require(InspectionStatus.PRE_REVIEWED, "forward to civil affairs");
        this.forwardedAt = now;
        this.status = InspectionStatus.FORWARDED;
    }

    /** Civil affairs' outcome; the same outcome again changes nothing and returns false. */
    boolean complete(InspectionOutcome outcome, Instant now) {
        if (status == InspectionStatus.COMPLETED && this.outcome == outcome) {
            return false;
        }
        if (status == InspectionStatus.COMPLETED) {
            throw DomainException.conflict("The " + year + " inspection was already completed as " + this.outcome
                    + "; civil affairs now says " + outcome + ".");
        }
        require(InspectionStatus.FORWARDED, "record civil affairs' outcome");
        this.outcome = outcome;
        this.completedAt = now;
        this.status = InspectionStatus.COMPLETED;
        return true;
    }

    /**
     * The day the association returned the report for correction, while the society has not filed
     * it again; null otherwise.
     */
    LocalDate returnedOn() {
        return status == InspectionStatus.PENDING && preReviewedAt != null ? LocalDate.ofInstant(preReviewedAt, AssociationTime.ZONE)
                : null;
    }

    /** True when the report deadline passed with no report (a returned, not re-filed report counts as none). */
    boolean missedBy(LocalDate today, LocalDate due) {
        return status == InspectionStatus.PENDING && today.isAfter(due);
    }

    /**
     * True when the report is with the association (filed or pre-reviewed) but not forwarded after
     * the forwarding deadline, and this was not recorded yet.
     */
    boolean forwardingLateBy(LocalDate today, LocalDate forwardDue) {
        return forwardingLateOn == null && today.isAfter(forwardDue)
                && (status == InspectionStatus.REPORT_FILED || status == InspectionStatus.PRE_REVIEWED);
    }

    void markForwardingLate(LocalDate today) {
        this.forwardingLateOn = today;
    }

    void markMissed(Instant now) {
        require(InspectionStatus.PENDING, "mark as missed");
        this.status = InspectionStatus.MISSED;
        this.completedAt = now;
    }

    AnnualReport report() {
        return summary == null ? null
                : new AnnualReport(summary, activitiesHeld, individualMembers, unitMembers, income, expenditure,
                        netAssets);
    }

    private void require(InspectionStatus expected, String step) {
        if (status != expected) {
            throw DomainException.conflict("Cannot " + step + ": the " + year + " inspection is " + status
                    + ", not " + expected + ".");
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getSocietyId() {
        return societyId;
    }

    public int getYear() {
        return year;
    }

    public InspectionStatus getStatus() {
        return status;
    }

    public InspectionOutcome getOutcome() {
        return outcome;
    }

    public Instant getReportFiledAt() {
        return reportFiledAt;
    }

    public String getPreReviewComments() {
        return preReviewComments;
    }

    public Instant getPreReviewedAt() {
        return preReviewedAt;
    }

    public Instant getForwardedAt() {
        return forwardedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    /** The day the nightly check found the report still not forwarded after the forwarding deadline. */
    public LocalDate getForwardingLateOn() {
        return forwardingLateOn;
    }

    public Long getVersion() {
        return version;
    }
}
