package org.citycast.publicity.inbound;

import java.time.Instant;
import java.util.UUID;

/**
 * An academic event was published (or changed while published), held or cancelled; {@code event} is the
 * event as it stands after it.
 *
 * @param type the event type without its version: {@code EventPublished}, {@code EventHeld} or
 *        {@code EventCancelled}
 */
public record EventReported(UUID eventId, String type, Instant time, Event event) {

    /**
     * @param plannedEventId the plan line it realises, which an academic-hall session may brand
     * @param sessionLabel e.g. 城市科协学术会堂第12期, when its plan line is branded
     * @param attendance and {@code beneficiaries}: the figures, once held (beneficiaries for outreach)
     */
    public record Event(UUID id, UUID societyId, UUID plannedEventId, String sessionLabel, String title, String kind,
            Instant startsAt, Instant endsAt, String venue, String status, Integer attendance, Integer beneficiaries) {
    }
}
