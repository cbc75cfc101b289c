package org.citycast.society.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.NamedInterface;
import org.springframework.modulith.events.Externalized;

/** A society registered elsewhere joined the association through the party-building gate. */
@Externalized("society.events")
@NamedInterface("events")
public record SocietyJoined(UUID eventId, Instant occurredAt, SocietySummary society, SocietyStatus previousStatus, LocalDate joinedOn) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "SocietyJoined.v1";
    }

    @Override
    public String aggregateId() {
        return society.id().toString();
    }
}
