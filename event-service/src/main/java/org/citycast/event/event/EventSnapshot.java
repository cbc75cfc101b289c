package org.citycast.event.event;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citycast.event.plan.EventKind;

/** The event as it stands, carried by every event-lifecycle message (event-carried state; no personal data). */
public record EventSnapshot(UUID id, UUID organiserId, String organiserName, Set<UUID> coOrganiserIds,
        UUID plannedEventId, String academicHallSession, String title, String titleEn, EventKind kind,
        Instant startsAt, Instant endsAt, String venue, String city, int capacity, RegistrationMode registrationMode,
        EventStatus status, List<Forum> subForums, List<Person> speakers) {

    public record Forum(UUID id, String title, Instant startsAt, Instant endsAt, String venue, int capacity) {
    }

    /** A speaker: {@code expertId} for a pool expert, absent for an external one. */
    public record Person(UUID expertId, String name, UUID subForumId) {
    }
}
