package org.citycast.society.registration;

import java.time.Instant;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.NamedInterface;
import org.springframework.modulith.events.Externalized;

/** Any other move in the lifecycle: founding steps, the start and stages of deregistration. */
@Externalized("society.events")
@NamedInterface("events")
public record SocietyStatusChanged(UUID eventId, Instant occurredAt, SocietySummary society, SocietyStatus previousStatus, String reason) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "SocietyStatusChanged.v1";
    }

    @Override
    public String aggregateId() {
        return society.id().toString();
    }
}
