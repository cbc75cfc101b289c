package org.citycast.event.event;

import java.time.Instant;
import java.util.UUID;

import org.citycast.event.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** An event took place; {@code figures} counts who came. */
@Externalized("event.events")
public record EventHeld(UUID eventId, Instant occurredAt, EventSnapshot event, HeldFigures figures)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "EventHeld.v1";
    }

    @Override
    public String aggregateId() {
        return event.id().toString();
    }
}
