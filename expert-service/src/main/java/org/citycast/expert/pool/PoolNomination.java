package org.citycast.expert.pool;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citycast.expert.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A society's nomination of an expert to a pool (入库推荐): the committee votes, ADMIN decides.
 * Only a pending nomination can be voted on, decided or withdrawn.
 */
@Table("pool_nomination")
public class PoolNomination {

    public enum Status {
        PENDING, ADMITTED, REJECTED, WITHDRAWN
    }

    @Id
    private UUID id;
    private UUID expertId;
    private String pool;
    private UUID societyId;
    private String note;
    private Status status;
    private String nominatedBy;
    private Instant nominatedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionReason;
    @MappedCollection(idColumn = "pool_nomination_id")
    private Set<Vote> votes;
    @Version
    private Long version;

    PoolNomination() {
    }

    static PoolNomination open(UUID id, UUID expert, String pool, UUID society, String note, String by, Instant now) {
        PoolNomination nomination = new PoolNomination();
        nomination.id = id;
        nomination.expertId = expert;
        nomination.pool = pool;
        nomination.societyId = society;
        nomination.note = note;
        nomination.status = Status.PENDING;
        nomination.nominatedBy = by;
        nomination.nominatedAt = now;
        nomination.votes = new HashSet<>();
        return nomination;
    }

    /** A committee member's vote; voting again replaces their earlier vote. */
    void vote(UUID reviewer, String reviewerName, boolean approve, String comment, Instant now) {
        requirePending("voted on");
        if (reviewer.equals(expertId)) {
            throw DomainException.conflict("A committee member does not vote on their own nomination (recusal).");
        }
        votes.removeIf(vote -> vote.reviewerId().equals(reviewer));
        votes.add(new Vote(reviewer, reviewerName, approve, comment, now));
    }

    void decide(boolean admit, String reason, int minimumVotes, String by, Instant now) {
        requirePending("decided");
        if (votes.size() < minimumVotes) {
            throw DomainException.conflict("The committee has cast " + votes.size() + " vote(s); " + minimumVotes
                    + " are needed before ADMIN decides.");
        }
        this.status = admit ? Status.ADMITTED : Status.REJECTED;
        this.decidedBy = by;
        this.decidedAt = now;
        this.decisionReason = reason;
    }

    void withdraw(String by, Instant now) {
        requirePending("withdrawn");
        this.status = Status.WITHDRAWN;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    private void requirePending(String what) {
        if (status != Status.PENDING) {
            throw DomainException.conflict("The nomination is " + status + "; only a PENDING one can be " + what + ".");
        }
    }

    public long approvals() {
        return votes.stream().filter(Vote::approve).count();
    }

    public UUID getId() {
        return id;
    }

    public UUID getExpertId() {
        return expertId;
    }

    public String getPool() {
        return pool;
    }

    public UUID getSocietyId() {
        return societyId;
    }

    public String getNote() {
        return note;
    }

    public Status getStatus() {
        return status;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public Instant getNominatedAt() {
        return nominatedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public List<Vote> votes() {
        return votes.stream().sorted(java.util.Comparator.comparing(Vote::votedAt)).toList();
    }

    public Long getVersion() {
        return version;
    }
}
