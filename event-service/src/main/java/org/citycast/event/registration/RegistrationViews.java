package org.citycast.event.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycast.event.event.EventSummary;

/** Registrations as shown to staff: phones in full only for ADMIN and the organiser's secretariat. */
final class RegistrationViews {

    record RegistrationView(UUID id, UUID subForumId, String subForumTitle, String name, String organisation,
            String city, String phone, RegistrationStatus status, Long waitingPosition, String ticketCode,
            Instant registeredAt, Instant admittedAt, Instant cancelledAt) {
    }

    private RegistrationViews() {
    }

    static List<RegistrationView> of(EventSummary event, List<Registration> registrations, boolean manager) {
        Map<UUID, Long> positions = waitingPositions(registrations);
        return registrations.stream().map(r -> new RegistrationView(r.id(), r.subForumId(),
                r.subForumId() == null ? null : event.subForum(r.subForumId()).map(EventSummary.Forum::title)
                        .orElse(null),
                r.name(), r.organisation(), r.city(), manager ? r.phone() : Phones.mask(r.phone()), r.status(),
                positions.get(r.id()), manager ? r.ticketCode() : null, r.registeredAt(), r.admittedAt(),
                r.cancelledAt())).toList();
    }

    /** Each waiting registration's place in its target's line, 1 for the first. */
    static Map<UUID, Long> waitingPositions(List<Registration> registrations) {
        Map<UUID, List<Registration>> waiting = new HashMap<>();
        registrations.stream().filter(r -> r.status() == RegistrationStatus.WAITING)
                .forEach(r -> waiting.computeIfAbsent(r.targetId(), k -> new ArrayList<>()).add(r));
        Map<UUID, Long> positions = new HashMap<>();
        waiting.values().forEach(line -> {
            line.sort(Comparator.comparingLong(Registration::queueNumber));
            for (int i = 0; i < line.size(); i++) {
                positions.put(line.get(i).id(), (long) i + 1);
            }
        });
        return positions;
    }
}
