package org.citycast.funding.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycast.funding.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One reviewer's task on one application, and their scores once given. */
@Table("review_assignment")
class ReviewAssignment {

    @Id
    private final UUID id;
    private final UUID applicationId;
    private final UUID expertId;
    private AssignmentStatus status;
    private BigDecimal total;
    private String comments;
    @MappedCollection(idColumn = "assignment_id", keyColumn = "position_index")
    private List<CriterionScore> scores;
    private final Instant assignedAt;
    private final String assignedBy;
    private Instant scoredAt;
    @Version
    private Long version;

    @SuppressWarnings("java:S107")
    ReviewAssignment(UUID id, UUID applicationId, UUID expertId, AssignmentStatus status, BigDecimal total,
            String comments, List<CriterionScore> scores, Instant assignedAt, String assignedBy, Instant scoredAt,
            Long version) {
        this.id = id;
        this.applicationId = applicationId;
        this.expertId = expertId;
        this.status = status;
        this.total = total;
        this.comments = comments;
        this.scores = scores == null ? new ArrayList<>() : new ArrayList<>(scores);
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
        this.scoredAt = scoredAt;
        this.version = version;
    }

    static ReviewAssignment assign(UUID application, UUID expert, String by, Instant now) {
        return new ReviewAssignment(UUID.randomUUID(), application, expert, AssignmentStatus.ASSIGNED, null, null,
                List.of(), now, by, null, null);
    }

    void score(List<CriterionScore> scores, BigDecimal total, String comments, Instant now) {
        if (status != AssignmentStatus.ASSIGNED && status != AssignmentStatus.SCORED) {
            throw DomainException.conflict("This review is " + status + " and can no longer be scored.");
        }
        this.scores = new ArrayList<>(scores);
        this.total = total;
        this.comments = comments;
        this.status = AssignmentStatus.SCORED;
        this.scoredAt = now;
    }

    void recuse() {
        this.status = AssignmentStatus.RECUSED;
    }

    void lapse() {
        if (status == AssignmentStatus.ASSIGNED) {
            this.status = AssignmentStatus.LAPSED;
        }
    }

    boolean active() {
        return status == AssignmentStatus.ASSIGNED || status == AssignmentStatus.SCORED;
    }

    UUID getId() {
        return id;
    }

    UUID getApplicationId() {
        return applicationId;
    }

    UUID getExpertId() {
        return expertId;
    }

    AssignmentStatus getStatus() {
        return status;
    }

    BigDecimal getTotal() {
        return total;
    }

    String getComments() {
        return comments;
    }

    List<CriterionScore> getScores() {
        return scores;
    }

    Instant getAssignedAt() {
        return assignedAt;
    }

    Instant getScoredAt() {
        return scoredAt;
    }
}
