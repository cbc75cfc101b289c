package org.citycast.society.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** ADMIN lowered a grade in force, with a reason; its validity is unchanged. */
@Externalized("society.events")
public record GradeLowered(UUID eventId, Instant occurredAt, UUID societyId, String societyName, UUID gradeId,
        GradeLevel level, GradeLevel previousLevel, String reason, LocalDate loweredOn, LocalDate validUntil)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "GradeLowered.v1";
    }

    @Override
    public String aggregateId() {
        return societyId.toString();
    }
}
