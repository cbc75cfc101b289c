package org.citycast.society.pool;

import java.time.Instant;
import java.util.UUID;

/**
 * An expert who was in a pool is now in none (expert-service's {@code ExpertLeftPool} from their
 * last pool). A domain event inside this service, not published to Kafka.
 */
public record ExpertLeftEveryPool(UUID expertId, String name, Instant at) {
}
