package org.citycast.publicity.inbound;

import java.time.Instant;
import java.util.UUID;

/**
 * A society event that carries the society's state ({@code data.society}): registered, joined, any
 * status change, disqualified, deregistered, party organisation or details changed.
 *
 * @param type the event type without its version, e.g. {@code SocietyJoined}
 */
public record SocietyReported(UUID eventId, String type, Instant time, Society society, String previousStatus,
        String reason) {

    /** The society as it stands after the change. */
    public record Society(UUID id, String name, String shortName, String disciplineCategory, String hostUnit,
            String status, String healthTier, String creditCode, String partyOrganisation) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    /** A founded society registered by civil affairs (not an existing one entered directly). */
    public boolean founded() {
        return "SocietyRegistered".equals(type) && "PRE_APPROVED".equals(previousStatus);
    }
}
