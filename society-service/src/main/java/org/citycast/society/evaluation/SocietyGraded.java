package org.citycast.society.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** ADMIN confirmed a society's evaluation grade after its public notice; valid until {@code validUntil}. */
@Externalized("society.events")
public record SocietyGraded(UUID eventId, Instant occurredAt, UUID societyId, String societyName, UUID gradeId,
        UUID roundId, int year, GradeLevel level, BigDecimal score, LocalDate awardedOn, LocalDate validUntil,
        String certificateNumber) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "SocietyGraded.v1";
    }

    @Override
    public String aggregateId() {
        return societyId.toString();
    }
}
