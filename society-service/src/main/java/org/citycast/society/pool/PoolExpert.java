package org.citycast.society.pool;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An expert as expert-service last reported them.
 *
 * @param pools the pools they are in now ({@code SCI_TECH}, {@code POPULAR_SCIENCE}); empty once out of every pool
 * @param asOf the time of the event this reflects
 */
public record PoolExpert(UUID id, String name, String title, String employer, List<String> pools,
        boolean committeeMember, Instant asOf) {

    public boolean inPool() {
        return !pools.isEmpty();
    }
}
