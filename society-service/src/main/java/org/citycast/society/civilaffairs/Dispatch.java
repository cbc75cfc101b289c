package org.citycast.society.civilaffairs;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** One message for civil affairs and how its delivery is going. */
record Dispatch(UUID id, DispatchKind kind, UUID societyId, JsonNode payload, DispatchStatus status, int attempts,
        Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
}
