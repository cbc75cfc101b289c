package org.citycast.event.event;

import java.time.Instant;
import java.util.UUID;

import org.citycast.event.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** An event was published (open to the public and to sign-up), or a published event was changed. */
@Externalized("event.events")
public record EventPublished(UUID eventId, Instant occurredAt, EventSnapshot event) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "EventPublished.v1";
    }

    @Override
    public String aggregateId() {
        return event.id().toString();
    }
}
