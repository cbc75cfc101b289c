package org.citycast.expert.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycast.expert.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/**
 * The city's leadership adopted a proposal, wholly ({@code ADOPTED}) or in part ({@code PARTLY_ADOPTED}).
 * Authors carry name, title and employer only. Keyed by the proposal.
 */
@Externalized("expert.events")
public record ProposalAdopted(UUID eventId, Instant occurredAt, UUID proposalId, int year, String title,
        String topic, String summary, List<Author> authors, Adoption adoption, String forwardedTo,
        LocalDate forwardedOn, LocalDate answeredOn) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "ProposalAdopted.v1";
    }

    @Override
    public String aggregateId() {
        return proposalId.toString();
    }
}
