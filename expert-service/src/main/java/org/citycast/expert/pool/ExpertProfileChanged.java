package org.citycast.expert.pool;

import java.time.Instant;
import java.util.UUID;

import org.citycast.expert.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** The profile of an expert who is or was in a pool changed (title, employer, societies, committee seat...). */
@Externalized("expert.events")
public record ExpertProfileChanged(UUID eventId, Instant occurredAt, ExpertSummary expert)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "ExpertProfileChanged.v1";
    }

    @Override
    public String aggregateId() {
        return expert.id().toString();
    }
}
