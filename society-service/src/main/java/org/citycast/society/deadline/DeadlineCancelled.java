package org.citycast.society.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** A deadline no longer applies (the thing due went away), with the reason in Chinese. */
@Externalized("society.events")
public record DeadlineCancelled(UUID eventId, Instant occurredAt, String deadlineId, String kind, String reason)
        implements IntegrationEvent {

    public static DeadlineCancelled now(String deadlineId, String kind, String reason, Clock clock) {
        return new DeadlineCancelled(UUID.randomUUID(), clock.instant(), deadlineId, kind, reason);
    }

    @Override
    public String eventType() {
        return "DeadlineCancelled.v1";
    }

    @Override
    public String aggregateId() {
        return deadlineId;
    }
}
