package org.citycast.expert.pool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.expert.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** ADMIN admitted an expert to a pool (after the committee's vote, or by importing the roster). */
@Externalized("expert.events")
public record ExpertAdmitted(UUID eventId, Instant occurredAt, ExpertSummary expert, String pool, String poolName,
        LocalDate admittedOn) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "ExpertAdmitted.v1";
    }

    @Override
    public String aggregateId() {
        return expert.id().toString();
    }
}
