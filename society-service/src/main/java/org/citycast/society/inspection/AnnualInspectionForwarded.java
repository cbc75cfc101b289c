package org.citycast.society.inspection;

import java.time.Instant;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** The association pre-reviewed a society's annual report and forwards it to civil affairs. */
@Externalized("society.events")
public record AnnualInspectionForwarded(UUID eventId, Instant occurredAt, UUID societyId, String societyName,
        String creditCode, int year, AnnualReport report) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "AnnualInspectionForwarded.v1";
    }

    @Override
    public String aggregateId() {
        return societyId.toString();
    }
}
