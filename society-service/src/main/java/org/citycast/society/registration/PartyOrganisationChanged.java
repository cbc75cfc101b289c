package org.citycast.society.registration;

import java.time.Instant;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.NamedInterface;
import org.springframework.modulith.events.Externalized;

/** The society's party organisation was set up or changed. */
@Externalized("society.events")
@NamedInterface("events")
public record PartyOrganisationChanged(UUID eventId, Instant occurredAt, SocietySummary society, PartyOrganisation partyOrganisation) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "PartyOrganisationChanged.v1";
    }

    @Override
    public String aggregateId() {
        return society.id().toString();
    }
}
