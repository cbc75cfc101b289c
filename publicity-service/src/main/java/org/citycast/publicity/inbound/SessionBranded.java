package org.citycast.publicity.inbound;

import java.time.Instant;
import java.util.UUID;

/**
 * ADMIN branded a planned event as the year's {@code number}-th academic-hall session (学术会堂第N期),
 * numbered without gaps per year.
 */
public record SessionBranded(UUID eventId, Instant time, UUID plannedEventId, int year, int number, String label,
        UUID societyId, String societyName, String title, String kind, Integer plannedMonth) {
}
