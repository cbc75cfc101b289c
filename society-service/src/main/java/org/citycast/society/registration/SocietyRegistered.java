package org.citycast.society.registration;

import java.time.Instant;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.NamedInterface;
import org.springframework.modulith.events.Externalized;

/** A society entered the register in good standing: entered directly, or registered by civil affairs after founding. */
@Externalized("society.events")
@NamedInterface("events")
public record SocietyRegistered(UUID eventId, Instant occurredAt, SocietySummary society, SocietyStatus previousStatus) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "SocietyRegistered.v1";
    }

    @Override
    public String aggregateId() {
        return society.id().toString();
    }
}
