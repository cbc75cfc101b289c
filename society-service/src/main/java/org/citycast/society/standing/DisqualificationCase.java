package org.citycast.society.standing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A society found to fall under "can go down", with the letter's facts frozen at drafting so
 * the letter reads the same whenever it is printed.
 */
@Table("disqualification_case")
public class DisqualificationCase {

    @Id
    private final UUID id;
    private final UUID societyId;
    private final String societyName;
    private final String creditCode;
    private final String grounds;
    private final LocalDate draftedOn;
    private CaseStatus status;
    private Instant decidedAt;
    private String decidedBy;
    private String decisionNote;
    private final Instant createdAt;
    @Version
    private Long version;

    DisqualificationCase(UUID id, UUID societyId, String societyName, String creditCode, String grounds,
            LocalDate draftedOn, CaseStatus status, Instant decidedAt, String decidedBy, String decisionNote,
            Instant createdAt, Long version) {
        this.id = id;
        this.societyId = societyId;
        this.societyName = societyName;
        this.creditCode = creditCode;
        this.grounds = grounds;
        this.draftedOn = draftedOn;
        this.status = status;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.decisionNote = decisionNote;
        this.createdAt = createdAt;
        this.version = version;
    }

    static DisqualificationCase draft(UUID societyId, String societyName, String creditCode, String grounds,
            LocalDate today, Instant now) {
        return new DisqualificationCase(UUID.randomUUID(), societyId, societyName, creditCode, grounds, today,
                CaseStatus.DRAFTED, null, null, null, now, null);
    }

    void decide(boolean confirmed, String by, String note, Instant now) {
        if (status != CaseStatus.DRAFTED) {
            throw DomainException.conflict("The case was already decided: " + status + ".");
        }
        this.status = confirmed ? CaseStatus.CONFIRMED : CaseStatus.DISMISSED;
        this.decidedBy = by;
        this.decisionNote = note;
        this.decidedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getSocietyId() {
        return societyId;
    }

    public String getSocietyName() {
        return societyName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getGrounds() {
        return grounds;
    }

    public LocalDate getDraftedOn() {
        return draftedOn;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getVersion() {
        return version;
    }
}
