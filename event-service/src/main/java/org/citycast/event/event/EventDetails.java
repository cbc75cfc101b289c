package org.citycast.event.event;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citycast.event.plan.EventKind;

/** What an organiser describes when creating or changing an event. */
public record EventDetails(Set<UUID> coOrganiserIds, String title, String titleEn, EventKind kind, Instant startsAt,
        Instant endsAt, String venue, String city, int capacity, RegistrationMode registrationMode,
        String description, List<Speaker> speakers, List<SubForum> subForums) {
}
