package org.citycast.event.brand;

import java.time.Instant;
import java.util.UUID;

import org.citycast.event.plan.EventKind;
import org.citycast.event.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** ADMIN branded a planned event as the year's N-th academic-hall session; publicity announces it. */
@Externalized("event.events")
public record EventBranded(UUID eventId, Instant occurredAt, BrandedSession session) implements IntegrationEvent {

    public record BrandedSession(int year, int number, String label, UUID plannedEventId, UUID societyId,
            String societyName, String title, EventKind kind, int plannedMonth) {
    }

    @Override
    public String eventType() {
        return "EventBranded.v1";
    }

    @Override
    public String aggregateId() {
        return session.plannedEventId().toString();
    }
}
