package org.citycast.event.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * One person's place at a target: the event as a whole ({@code subForumId} null) or one of its
 * sub-forums. {@code phone} is personal data: never put it in an event or a log line.
 */
public record Registration(UUID id, UUID eventId, UUID subForumId, String name, String organisation, String city,
        String phone, String personKey, RegistrationStatus status, long queueNumber, String ticketCode,
        UUID invitationId, Instant registeredAt, Instant admittedAt, Instant cancelledAt) {

    UUID targetId() {
        return subForumId != null ? subForumId : eventId;
    }

    @Override
    public String toString() {
        return "Registration[" + id + ", " + status + "]";
    }
}
