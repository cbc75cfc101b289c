package org.citycast.event.event;

import java.time.Instant;
import java.util.UUID;

import org.citycast.event.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** An event (a draft or a published one) was called off, with the organiser's reason. */
@Externalized("event.events")
public record EventCancelled(UUID eventId, Instant occurredAt, EventSnapshot event, EventStatus previousStatus,
        String reason) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "EventCancelled.v1";
    }

    @Override
    public String aggregateId() {
        return event.id().toString();
    }
}
