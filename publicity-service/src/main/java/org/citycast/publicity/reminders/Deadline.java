package org.citycast.publicity.reminders;

import java.time.Instant;
import java.util.UUID;

/** A deadline as this service knows it from the owner's announcements. */
record Deadline(String deadlineId, String producer, String kind, String state, Instant dueAt, String audienceKind,
        UUID societyId, UUID expertId, String title, String link, Instant metAt, String reason, Instant asOf) {
}
