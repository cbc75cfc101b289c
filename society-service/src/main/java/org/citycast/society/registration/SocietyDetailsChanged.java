package org.citycast.society.registration;

import java.time.Instant;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.NamedInterface;
import org.springframework.modulith.events.Externalized;

/** Profile fields or the health tier changed; {@code society} holds the new state. */
@Externalized("society.events")
@NamedInterface("events")
public record SocietyDetailsChanged(UUID eventId, Instant occurredAt, SocietySummary society) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "SocietyDetailsChanged.v1";
    }

    @Override
    public String aggregateId() {
        return society.id().toString();
    }
}
