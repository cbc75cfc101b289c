package org.citycast.society.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/**
 * ADMIN opened a year's evaluation round: societies may apply until {@code applicationsCloseOn}
 * (a deadline to remind them of). Keyed by the round, not by a society.
 */
@Externalized("society.events")
public record EvaluationRoundOpened(UUID eventId, Instant occurredAt, UUID roundId, int year, String name,
        LocalDate applicationsCloseOn) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "EvaluationRoundOpened.v1";
    }

    @Override
    public String aggregateId() {
        return roundId.toString();
    }
}
