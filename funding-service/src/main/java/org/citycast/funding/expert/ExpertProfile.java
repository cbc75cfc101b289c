package org.citycast.funding.expert;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** What recusal needs to know of an expert: the societies they belong to and their employer. */
public record ExpertProfile(UUID id, String name, String employer, Set<UUID> societyIds, boolean inPool,
        Instant asOf) {
}
