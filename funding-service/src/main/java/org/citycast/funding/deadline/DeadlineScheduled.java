package org.citycast.funding.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.funding.platform.AssociationTime;
import org.citycast.funding.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/**
 * A deadline was set, or set again (the same {@code deadlineId} with a new {@code dueAt}).
 * {@code deadlineId} is derived from the thing due ({@code annual-report:<society>:<year>}), so
 * every announcement of one deadline names it alike; {@code dueAt} is the instant it passes;
 * {@code title} says in Chinese what is due; {@code link} is the path on the platform where it is done.
 */
@Externalized("funding.events")
public record DeadlineScheduled(UUID eventId, Instant occurredAt, String deadlineId, String kind, Instant dueAt,
        DeadlineAudience audience, String title, String link) implements IntegrationEvent {

    /** Due by the end of {@code lastDay} in the association's time zone. */
    public static DeadlineScheduled byEndOf(LocalDate lastDay, String deadlineId, String kind,
            DeadlineAudience audience, String title, String link, Clock clock) {
        return new DeadlineScheduled(UUID.randomUUID(), clock.instant(), deadlineId, kind,
                lastDay.plusDays(1).atStartOfDay(AssociationTime.ZONE).toInstant(), audience, title, link);
    }

    @Override
    public String eventType() {
        return "DeadlineScheduled.v1";
    }

    @Override
    public String aggregateId() {
        return deadlineId;
    }
}
