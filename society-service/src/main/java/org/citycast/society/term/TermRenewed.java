package org.citycast.society.term;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.citycast.society.registration.Leader;
import org.springframework.modulith.events.Externalized;

/** A society held its re-election (换届): the old term closed, the next began with new leaders. */
@Externalized("society.events")
public record TermRenewed(UUID eventId, Instant occurredAt, UUID societyId, String societyName,
        int previousTermNumber, LocalDate previousTermEndsOn, int termNumber, LocalDate termStartedOn,
        LocalDate termEndsOn, LocalDate electedOn, List<Leader> leaders) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "TermRenewed.v1";
    }

    @Override
    public String aggregateId() {
        return societyId.toString();
    }
}
