package org.citycast.expert.pool;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A committee member's vote on a pool nomination. */
@Table("pool_vote")
public record Vote(UUID reviewerId, String reviewerName, boolean approve, String comment, Instant votedAt) {
}
