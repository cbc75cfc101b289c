package org.citycast.publicity.reminders;

import java.time.Instant;
import java.util.UUID;

/** A mail as ADMIN sees it on its way: to whom, about what, how far it got (no body). */
record OutgoingMail(UUID id, String recipient, String address, String subject, String status, int attempts,
        Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
}
