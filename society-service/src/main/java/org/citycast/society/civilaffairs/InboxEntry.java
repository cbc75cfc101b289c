package org.citycast.society.civilaffairs;

import org.citycast.society.platform.FieldProblem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** One message from civil affairs as the inbox keeps it; also the answer to the sender. */
record InboxEntry(String messageId, MessageKind kind, UUID societyId, Instant sentAt, InboxStatus status,
        Instant receivedAt, Instant processedAt, String error, List<FieldProblem> errors, JsonNode payload) {
}
