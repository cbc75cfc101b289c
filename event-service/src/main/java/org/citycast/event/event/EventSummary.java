package org.citycast.event.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citycast.event.plan.EventKind;
import org.citycast.event.platform.CurrentUser;

/** An event as its neighbours (registration, check-in, calendar, figures) need it. */
public record EventSummary(UUID id, UUID organiserId, String organiserName, Set<UUID> coOrganiserIds,
        UUID plannedEventId, String title, String titleEn, EventKind kind, Instant startsAt, Instant endsAt,
        String venue, String city, int capacity, RegistrationMode registrationMode, EventStatus status,
        List<Forum> subForums) {

    public record Forum(UUID id, String title, Instant startsAt, Instant endsAt, String venue, int capacity) {
    }

    /** ADMIN or the organiser's secretariat: they run the event and see registrants' phones. */
    public boolean managedBy(CurrentUser user) {
        return user.admin() || user.societyId().filter(organiserId::equals).isPresent();
    }

    /** ADMIN, the organiser's or a co-organiser's secretariat. */
    public boolean involves(CurrentUser user) {
        return managedBy(user) || user.societyId().filter(coOrganiserIds::contains).isPresent();
    }

    public Optional<Forum> subForum(UUID id) {
        return subForums.stream().filter(forum -> forum.id().equals(id)).findFirst();
    }
}
