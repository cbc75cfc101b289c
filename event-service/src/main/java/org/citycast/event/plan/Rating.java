package org.citycast.event.plan;

import java.time.Instant;
import java.util.UUID;

/** A reviewer's view of how important a planned event is, 1 (minor) to 5 (of city-wide importance). */
public record Rating(UUID plannedEventId, UUID expertId, String reviewer, int importance, String comment,
        Instant ratedAt) {
}
