package org.citycast.event.event;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.citycast.event.platform.DomainException;

/** An event a society organises, from its draft to being held or cancelled. */
class AcademicEvent {

    private final UUID id;
    private final UUID organiserId;
    private final UUID plannedEventId;
    private EventDetails details;
    private EventStatus status;
    private String statusReason;
    private Instant publishedAt;
    private Instant heldAt;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    AcademicEvent(UUID id, UUID organiserId, UUID plannedEventId, EventDetails details, EventStatus status,
            String statusReason, Instant publishedAt, Instant heldAt, Instant createdAt, Instant updatedAt,
            long version) {
        this.id = id;
        this.organiserId = organiserId;
        this.plannedEventId = plannedEventId;
        this.details = details;
        this.status = status;
        this.statusReason = statusReason;
        this.publishedAt = publishedAt;
        this.heldAt = heldAt;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static AcademicEvent draft(UUID id, UUID organiser, UUID plannedEvent, EventDetails details, Instant now) {
        return new AcademicEvent(id, organiser, plannedEvent, details, EventStatus.DRAFT, null, null, null, now, now,
                0);
    }

    void describe(EventDetails changed, Instant now) {
        if (status == EventStatus.HELD || status == EventStatus.CANCELLED) {
            throw DomainException.conflict("A " + status.name().toLowerCase() + " event cannot be changed.");
        }
        if (status == EventStatus.PUBLISHED) {
            Set<UUID> kept = changed.subForums().stream().map(SubForum::id).collect(Collectors.toSet());
            details.subForums().stream().filter(forum -> !kept.contains(forum.id())).findFirst().ifPresent(forum -> {
                throw DomainException.conflict("Sub-forum '" + forum.title()
                        + "' of a published event cannot be removed: people may have signed up for it.");
            });
        }
        this.details = changed;
        this.updatedAt = now;
    }

    void publish(Instant now) {
        if (status != EventStatus.DRAFT) {
            throw DomainException.conflict("Only a draft can be published; this event is " + status + ".");
        }
        status = EventStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    void held(Instant now) {
        if (status != EventStatus.PUBLISHED) {
            throw DomainException.conflict("Only a published event can be recorded as held; this event is " + status
                    + ".");
        }
        if (details.startsAt().isAfter(now)) {
            throw DomainException.conflict("The event has not started yet; it starts at " + details.startsAt() + ".");
        }
        status = EventStatus.HELD;
        heldAt = now;
        updatedAt = now;
    }

    EventStatus cancel(String reason, Instant now) {
        if (status != EventStatus.DRAFT && status != EventStatus.PUBLISHED) {
            throw DomainException.conflict("A " + status.name().toLowerCase() + " event cannot be cancelled.");
        }
        EventStatus before = status;
        status = EventStatus.CANCELLED;
        statusReason = reason;
        updatedAt = now;
        return before;
    }

    boolean wasPublished() {
        return publishedAt != null;
    }

    UUID id() {
        return id;
    }

    UUID organiserId() {
        return organiserId;
    }

    UUID plannedEventId() {
        return plannedEventId;
    }

    EventDetails details() {
        return details;
    }

    EventStatus status() {
        return status;
    }

    String statusReason() {
        return statusReason;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    Instant heldAt() {
        return heldAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }

    List<SubForum> subForums() {
        return details.subForums();
    }
}
