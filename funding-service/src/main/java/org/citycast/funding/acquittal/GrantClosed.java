package org.citycast.funding.acquittal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.funding.application.GrantSummary;
import org.citycast.funding.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/**
 * ADMIN closed a grant after accepting its final report. {@code settledAmount} is what the grant
 * finally cost; {@code releasedAmount} went back to the allocation (unpaid commitment plus any
 * refund of money paid but not spent, {@code refundedAmount}).
 */
@Externalized("funding.events")
public record GrantClosed(UUID eventId, Instant occurredAt, GrantSummary grant, BigDecimal acceptedSpending,
        BigDecimal settledAmount, BigDecimal releasedAmount, BigDecimal refundedAmount, Integer actualAttendance,
        LocalDate heldFrom, LocalDate heldTo) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "GrantClosed.v1";
    }

    @Override
    public String aggregateId() {
        return grant.id().toString();
    }
}
