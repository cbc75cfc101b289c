package org.citycast.funding.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.citycast.funding.application.GrantSummary;
import org.citycast.funding.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** ADMIN approved a grant: {@code approvedAmount} is committed against the category's allocation. */
@Externalized("funding.events")
public record GrantApproved(UUID eventId, Instant occurredAt, GrantSummary grant, BigDecimal approvedAmount,
        BigDecimal reviewScore, BigDecimal allocationAvailable) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "GrantApproved.v1";
    }

    @Override
    public String aggregateId() {
        return grant.id().toString();
    }
}
