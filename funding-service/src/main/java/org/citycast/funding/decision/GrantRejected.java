package org.citycast.funding.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.citycast.funding.application.GrantSummary;
import org.citycast.funding.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** ADMIN rejected a reviewed application, with the reason the society is told. */
@Externalized("funding.events")
public record GrantRejected(UUID eventId, Instant occurredAt, GrantSummary grant, String reason,
        BigDecimal reviewScore) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "GrantRejected.v1";
    }

    @Override
    public String aggregateId() {
        return grant.id().toString();
    }
}
