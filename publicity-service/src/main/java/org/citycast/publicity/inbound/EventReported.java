package org.citycast.publicity.inbound;

import java.time.Instant;
import java.util.UUID;

/**
 * An academic event was planned, branded as an academic-hall session (学术会堂第N期), published, held or
 * cancelled; {@code event} is the event as it stands after it.
 *
 * @param type the event type without its version: {@code EventPlanned}, {@code EventBranded},
 *        {@code EventPublished}, {@code EventHeld} or {@code EventCancelled}
 */
public record EventReported(UUID eventId, String type, Instant time, Event event) {

    /**
     * @param sessionNumber and {@code sessionYear}: the academic-hall number, once branded
     * @param attendance and {@code beneficiaries}: the figures, once held (beneficiaries for outreach)
     */
    public record Event(UUID id, UUID societyId, String title, String kind, Instant startsAt, Instant endsAt,
            String venue, String summary, Integer sessionNumber, Integer sessionYear, Integer attendance,
            Integer beneficiaries) {

        public boolean outreach() {
            return "OUTREACH".equals(kind);
        }
    }
}
