package org.citycast.publicity.reminders;

import java.time.Instant;
import java.util.UUID;

/** One notice in a person's inbox; {@code readAt} is null while unread. */
record Notice(UUID id, String deadlineId, String kind, String stage, String title, String body, String link,
        Instant dueAt, Instant createdAt, Instant readAt) {
}
