package org.citycast.publicity.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.citycast.publicity.platform.AssociationTime;

/** An academic event as the public sees it. */
public record AcademicEvent(UUID id, UUID societyId, UUID plannedEventId, String sessionLabel, String title,
        String kind, Instant startsAt, Instant endsAt, String venue, String status, Integer attendance,
        Integer beneficiaries) {

    public boolean branded() {
        return sessionLabel != null;
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    /** The start in Jining's time, for pages. */
    public ZonedDateTime localStart() {
        return startsAt == null ? null : startsAt.atZone(AssociationTime.ZONE);
    }
}
