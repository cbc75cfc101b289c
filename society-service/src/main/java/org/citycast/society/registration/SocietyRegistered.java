package org.citycast.society.registration;

import java.time.Instant;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** A society entered the register and is in good standing. Documented in {@code events/society.events.md}. */
@Externalized("society.events")
public record SocietyRegistered(UUID eventId, Instant occurredAt, UUID societyId, String name, String shortName,
        DisciplineCategory disciplineCategory, String hostUnit, SocietyStatus status, String creditCode)
        implements IntegrationEvent {

    static SocietyRegistered of(Society society, Instant now) {
        return new SocietyRegistered(UUID.randomUUID(), now, society.getId(), society.getName(),
                society.getShortName(), society.getDisciplineCategory(), society.getHostUnit(), society.getStatus(),
                society.getCreditCode());
    }

    @Override
    public String aggregateId() {
        return societyId.toString();
    }
}
