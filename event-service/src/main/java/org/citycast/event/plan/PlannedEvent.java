package org.citycast.event.plan;

import java.time.Instant;
import java.util.UUID;

/** One line of a society's yearly plan: what it means to hold, roughly when, for how many. */
public record PlannedEvent(UUID id, int year, UUID societyId, String title, EventKind kind, int plannedMonth,
        int expectedAttendance, String partners, Instant filedAt, String filedBy) {
}
