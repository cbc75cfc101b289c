package org.citycast.society.registration;

import java.time.Instant;
import java.util.UUID;

import org.citycast.society.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/** A society's name, category or host unit changed; carries the full new description. */
@Externalized("society.events")
public record SocietyDetailsChanged(UUID eventId, Instant occurredAt, UUID societyId, String name, String shortName,
        DisciplineCategory disciplineCategory, String hostUnit, SocietyStatus status) implements IntegrationEvent {

    static SocietyDetailsChanged of(Society society, Instant now) {
        return new SocietyDetailsChanged(UUID.randomUUID(), now, society.getId(), society.getName(),
                society.getShortName(), society.getDisciplineCategory(), society.getHostUnit(), society.getStatus());
    }

    @Override
    public String aggregateId() {
        return societyId.toString();
    }
}
