package org.citycast.society.inspection;

import java.time.Instant;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/**
 * A year's inspection ended: with civil affairs' {@code outcome} (status COMPLETED), or missed
 * (status MISSED, no outcome) when the report deadline passed without a report.
 */
@Externalized("society.events")
public record AnnualInspectionCompleted(UUID eventId, Instant occurredAt, UUID societyId, String societyName, int year,
        InspectionStatus status, InspectionOutcome outcome) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "AnnualInspectionCompleted.v1";
    }

    @Override
    public String aggregateId() {
        return societyId.toString();
    }
}
