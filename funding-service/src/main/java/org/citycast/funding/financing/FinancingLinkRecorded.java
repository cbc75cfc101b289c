package org.citycast.funding.financing;

import java.time.Instant;
import java.util.UUID;

import org.citycast.funding.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** A partnership between a society and a financial institution was recorded or corrected; {@code link} is its state now. */
@Externalized("funding.events")
public record FinancingLinkRecorded(UUID eventId, Instant occurredAt, LinkView link, boolean correction)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "FinancingLinkRecorded.v1";
    }

    @Override
    public String aggregateId() {
        return link.id().toString();
    }
}
