package org.citycast.funding.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.funding.application.GrantSummary;
import org.citycast.funding.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** A tranche of a grant was paid; {@code grant.disbursedAmount} is the total paid so far. */
@Externalized("funding.events")
public record GrantDisbursed(UUID eventId, Instant occurredAt, GrantSummary grant, int trancheNumber,
        int trancheCount, BigDecimal amount, LocalDate paidOn) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "GrantDisbursed.v1";
    }

    @Override
    public String aggregateId() {
        return grant.id().toString();
    }
}
