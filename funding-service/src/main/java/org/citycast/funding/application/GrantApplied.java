package org.citycast.funding.application;

import java.time.Instant;
import java.util.UUID;

import org.citycast.funding.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** A society submitted an application for the first time (a resubmission after a return is not a new one). */
@Externalized("funding.events")
public record GrantApplied(UUID eventId, Instant occurredAt, GrantSummary grant) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "GrantApplied.v1";
    }

    @Override
    public String aggregateId() {
        return grant.id().toString();
    }
}
