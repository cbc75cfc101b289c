package org.citycast.funding.acquittal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.funding.application.GrantSummary;
import org.citycast.funding.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** A grant's final report passed its deadline unfiled; the society may not apply again until it files. */
@Externalized("funding.events")
public record GrantReportOverdue(UUID eventId, Instant occurredAt, GrantSummary grant, LocalDate reportDueOn)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "GrantReportOverdue.v1";
    }

    @Override
    public String aggregateId() {
        return grant.id().toString();
    }
}
