package org.citycast.event.registration;

import java.time.Instant;
import java.util.UUID;

/** An invitation to an invitation-only event: its code lets one person register. */
public record Invitation(UUID id, UUID eventId, String code, String invitee, String organisation, Instant createdAt,
        String createdBy) {
}
