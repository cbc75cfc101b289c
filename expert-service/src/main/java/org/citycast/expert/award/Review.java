package org.citycast.expert.award;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One reviewer's rubric scores for one nomination, in the rubric's order; resubmitting replaces them. */
@Table("review")
public class Review {

    @Id
    private UUID id;
    private UUID nominationId;
    private UUID reviewerId;
    private List<Integer> scores;
    private int total;
    private String comment;
    private Instant submittedAt;
    @Version
    private Long version;

    Review() {
    }

    static Review of(UUID nomination, UUID reviewer) {
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.nominationId = nomination;
        review.reviewerId = reviewer;
        review.scores = new ArrayList<>();
        return review;
    }

    void score(List<Integer> scores, String comment, Instant now) {
        this.scores = new ArrayList<>(scores);
        this.total = scores.stream().mapToInt(Integer::intValue).sum();
        this.comment = comment;
        this.submittedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getNominationId() {
        return nominationId;
    }

    public UUID getReviewerId() {
        return reviewerId;
    }

    public List<Integer> getScores() {
        return List.copyOf(scores);
    }

    public int getTotal() {
        return total;
    }

    public String getComment() {
        return comment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getVersion() {
        return version;
    }
}
