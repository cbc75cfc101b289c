package org.citycast.society.functiontransfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.evaluation.GradeLevel;
import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** A function transferred from government, or a service it purchases, was awarded to a society. */
@Externalized("society.events")
public record FunctionTransferAwarded(UUID eventId, Instant occurredAt, UUID societyId, String societyName,
        UUID projectId, ProjectKind kind, String title, String commissioningBureau, String function,
        BigDecimal contractAmount, LocalDate startsOn, LocalDate endsOn, LocalDate awardedOn, GradeLevel grade)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "FunctionTransferAwarded.v1";
    }

    @Override
    public String aggregateId() {
        return societyId.toString();
    }
}
