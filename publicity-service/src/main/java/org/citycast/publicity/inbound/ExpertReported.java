package org.citycast.publicity.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An expert was admitted to a pool, changed their public profile, or left a pool; {@code expert}
 * is the expert as they stand after it ({@code pools} empty once they are in none).
 *
 * @param pool the pool entered or left ({@code ExpertAdmitted}, {@code ExpertLeftPool}), else null
 * @param on the day it was entered ({@code admittedOn}) or left ({@code leftOn}), else null
 */
public record ExpertReported(UUID eventId, String type, Instant time, Expert expert, String pool, LocalDate on) {

    /** What may be shown of an expert: no phone, no ID number. */
    public record Expert(UUID id, String name, String title, String titleLevel, String employer, String category,
            List<String> pools, List<UUID> societyIds) {
    }
}
