package org.citycast.society.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/**
 * A grade stopped being in force: its validity ended, ADMIN revoked it, the society was
 * disqualified or deregistered, or a later grading superseded it ({@code cause}).
 */
@Externalized("society.events")
public record GradeLapsed(UUID eventId, Instant occurredAt, UUID societyId, String societyName, UUID gradeId,
        GradeLevel level, LapseCause cause, String reason, LocalDate lapsedOn) implements IntegrationEvent {

    @Override
    public String eventType() {
        return "GradeLapsed.v1";
    }

    @Override
    public String aggregateId() {
        return societyId.toString();
    }
}
