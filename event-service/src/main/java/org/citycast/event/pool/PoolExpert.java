package org.citycast.event.pool;

import java.util.Set;
import java.util.UUID;

/** An expert of the pool as last heard of: who they are, and the societies they belong to. */
public record PoolExpert(UUID id, String name, String title, String employer, boolean inPool, Set<UUID> societyIds) {
}
