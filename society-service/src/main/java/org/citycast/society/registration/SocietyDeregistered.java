package org.citycast.society.registration;

import java.time.Instant;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.NamedInterface;
import org.springframework.modulith.events.Externalized;

/** Civil affairs confirmed the deregistration; the record is closed. */
@Externalized("society.events")
@NamedInterface("events")
public record SocietyDeregistered(UUID eventId, Instant occurredAt, SocietySummary society, SocietyStatus previousStatus) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "SocietyDeregistered.v1";
    }

    @Override
    public String aggregateId() {
        return society.id().toString();
    }
}
