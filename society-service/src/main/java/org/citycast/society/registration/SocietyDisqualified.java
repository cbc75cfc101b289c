package org.citycast.society.registration;

import java.time.Instant;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.NamedInterface;
import org.springframework.modulith.events.Externalized;

/** Membership revoked under "can go up, can go down" (发函解除资格) after ADMIN confirmation. */
@Externalized("society.events")
@NamedInterface("events")
public record SocietyDisqualified(UUID eventId, Instant occurredAt, SocietySummary society, SocietyStatus previousStatus, String reason) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "SocietyDisqualified.v1";
    }

    @Override
    public String aggregateId() {
        return society.id().toString();
    }
}
