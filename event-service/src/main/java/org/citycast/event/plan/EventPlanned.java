package org.citycast.event.plan;

import java.time.Instant;
import java.util.UUID;

import org.citycast.event.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** A society filed (or, before the deadline, changed) a line of its yearly event plan. */
@Externalized("event.events")
public record EventPlanned(UUID eventId, Instant occurredAt, Plan plannedEvent) implements IntegrationEvent {

    /** The planned event as it stands. */
    public record Plan(UUID id, int year, UUID societyId, String societyName, String title, EventKind kind,
            int plannedMonth, int expectedAttendance, String partners) {
    }

    @Override
    public String eventType() {
        return "EventPlanned.v1";
    }

    @Override
    public String aggregateId() {
        return plannedEvent.id().toString();
    }
}
