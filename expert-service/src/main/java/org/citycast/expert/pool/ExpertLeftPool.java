package org.citycast.expert.pool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.expert.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/**
 * An expert left a pool ({@code how} = {@code LEFT}) or was removed by ADMIN ({@code REMOVED}).
 * The written reason stays in expert-service: it may say things about the person.
 */
@Externalized("expert.events")
public record ExpertLeftPool(UUID eventId, Instant occurredAt, ExpertSummary expert, String pool, String poolName,
        LocalDate leftOn, MembershipStatus how) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "ExpertLeftPool.v1";
    }

    @Override
    public String aggregateId() {
        return expert.id().toString();
    }
}
