package org.citycast.society.term;

import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One term (届) of a society's leadership. */
@Table("term")
public class Term {

    @Id
    private final UUID id;
    private final UUID societyId;
    private final int number;
    private final LocalDate startedOn;
    private final LocalDate endsOn;
    private TermStatus status;
    private final LocalDate planDueOn;
    private LocalDate planSubmittedOn;
    private LocalDate plannedElectionOn;
    private String planNotes;
    private LocalDate postponementRequestedUntil;
    private String postponementReason;
    private PostponementStatus postponementStatus;
    private String postponementComment;
    private LocalDate postponedUntil;
    private LocalDate renewedOn;
    @Version
    private Long version;

    Term(UUID id, UUID societyId, int number, LocalDate startedOn, LocalDate endsOn, TermStatus status,
            LocalDate planDueOn, LocalDate planSubmittedOn, LocalDate plannedElectionOn, String planNotes,
            LocalDate postponementRequestedUntil, String postponementReason, PostponementStatus postponementStatus,
            String postponementComment, LocalDate postponedUntil, LocalDate renewedOn, Long version) {
        this.id = id;
        this.societyId = societyId;
        this.number = number;
        this.startedOn = startedOn;
        this.endsOn = endsOn;
        this.status = status;
        this.planDueOn = planDueOn;
        this.planSubmittedOn = planSubmittedOn;
        this.plannedElectionOn = plannedElectionOn;
        this.planNotes = planNotes;
        this.postponementRequestedUntil = postponementRequestedUntil;
        this.postponementReason = postponementReason;
        this.postponementStatus = postponementStatus;
        this.postponementComment = postponementComment;
        this.postponedUntil = postponedUntil;
        this.renewedOn = renewedOn;
        this.version = version;
    }

    static Term begin(UUID societyId, int number, LocalDate startedOn, int termYears) {
        LocalDate end = TermRules.endOf(startedOn, termYears);
        return new Term(UUID.randomUUID(), societyId, number, startedOn, end, TermStatus.CURRENT,
                TermRules.planDue(end), null, null, null, null, null, null, null, null, null, null);
    }

    void submitPlan(LocalDate plannedElectionOn, String notes, LocalDate today) {
        requireCurrent();
        if (plannedElectionOn.isBefore(startedOn)) {
            throw DomainException.invalid("plannedElectionOn", "must not be before the term started (" + startedOn + ")");
        }
        this.plannedElectionOn = plannedElectionOn;
        this.planNotes = notes;
        this.planSubmittedOn = today;
    }

    void requestPostponement(LocalDate until, String reason) {
        requireCurrent();
        if (!until.isAfter(endsOn)) {
            throw DomainException.invalid("until", "must be after the term's end (" + endsOn + ")");
        }
        if (until.isAfter(TermRules.latestPostponement(endsOn))) {
            throw DomainException.invalid("until", "may be at most one year after the term's end, so no later than "
                    + TermRules.latestPostponement(endsOn));
        }
        if (postponementStatus == PostponementStatus.REQUESTED) {
            throw DomainException.conflict("A postponement request is already waiting for ADMIN's decision.");
        }
        this.postponementRequestedUntil = until;
        this.postponementReason = reason;
        this.postponementStatus = PostponementStatus.REQUESTED;
        this.postponementComment = null;
    }

    void decidePostponement(boolean approved, String comment) {
        requireCurrent();
        if (postponementStatus != PostponementStatus.REQUESTED) {
            throw DomainException.conflict("There is no postponement request waiting for a decision.");
        }
        this.postponementStatus = approved ? PostponementStatus.APPROVED : PostponementStatus.REJECTED;
        this.postponementComment = comment;
        if (approved) {
            this.postponedUntil = postponementRequestedUntil;
        }
    }

    /** Closes this term with the re-election held on {@code electedOn}; the caller begins the next. */
    void renew(LocalDate electedOn) {
        requireCurrent();
        if (electedOn.isBefore(startedOn)) {
            throw DomainException.invalid("electedOn", "must not be before the term started (" + startedOn + ")");
        }
        this.status = TermStatus.RENEWED;
        this.renewedOn = electedOn;
    }

    LocalDate effectiveEnd() {
        return TermRules.effectiveEnd(endsOn, postponedUntil);
    }

    private void requireCurrent() {
        if (status != TermStatus.CURRENT) {
            throw DomainException.conflict("Term " + number + " is no longer current.");
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getSocietyId() {
        return societyId;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public TermStatus getStatus() {
        return status;
    }

    public LocalDate getPlanDueOn() {
        return planDueOn;
    }

    public LocalDate getPlanSubmittedOn() {
        return planSubmittedOn;
    }

    public LocalDate getPlannedElectionOn() {
        return plannedElectionOn;
    }

    public String getPlanNotes() {
        return planNotes;
    }

    public LocalDate getPostponementRequestedUntil() {
        return postponementRequestedUntil;
    }

    public String getPostponementReason() {
        return postponementReason;
    }

    public PostponementStatus getPostponementStatus() {
        return postponementStatus;
    }

    public String getPostponementComment() {
        return postponementComment;
    }

    public LocalDate getPostponedUntil() {
        return postponedUntil;
    }

    public LocalDate getRenewedOn() {
        return renewedOn;
    }

    public Long getVersion() {
        return version;
    }
}
