package org.citycast.funding.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.citycast.funding.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** What a deadline asked for was done at {@code metAt}: no more reminders, no escalation. */
@Externalized("funding.events")
public record DeadlineMet(UUID eventId, Instant occurredAt, String deadlineId, String kind, Instant metAt)
        implements IntegrationEvent {

    public static DeadlineMet now(String deadlineId, String kind, Clock clock) {
        return new DeadlineMet(UUID.randomUUID(), clock.instant(), deadlineId, kind, clock.instant());
    }

    @Override
    public String eventType() {
        return "DeadlineMet.v1";
    }

    @Override
    public String aggregateId() {
        return deadlineId;
    }
}
