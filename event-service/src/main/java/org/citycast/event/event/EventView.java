package org.citycast.event.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.citycast.event.plan.EventKind;

/**
 * An event as shown: times in UTC and, for people, in Asia/Shanghai ({@code local*}); speakers from
 * the pool with their current name, title and employer.
 */
public record EventView(UUID id, Society organiser, List<Society> coOrganisers, UUID plannedEventId,
        String academicHallSession, String title, String titleEn, EventKind kind, String kindLabel, Instant startsAt,
        Instant endsAt, LocalDateTime localStartsAt, LocalDateTime localEndsAt, String timeZone, String venue,
        String city, int capacity, RegistrationMode registrationMode, String description, EventStatus status,
        String statusReason, List<SpeakerView> speakers, List<SubForumView> subForums) {

    public record Society(UUID id, String name) {
    }

    public record SpeakerView(UUID expertId, String name, String title, String employer, String topic,
            boolean external) {
    }

    public record SubForumView(UUID id, String title, String titleEn, Instant startsAt, Instant endsAt,
            LocalDateTime localStartsAt, LocalDateTime localEndsAt, String venue, int capacity,
            List<SpeakerView> speakers) {
    }
}
