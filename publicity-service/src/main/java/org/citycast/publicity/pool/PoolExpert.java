package org.citycast.publicity.pool;

import java.util.List;
import java.util.UUID;

/** An expert of the pools, as the public may see them. */
public record PoolExpert(UUID id, String name, String title, String titleLevel, String employer, String category,
        List<String> pools, List<UUID> societyIds) {

    public boolean inAnyPool() {
        return !pools.isEmpty();
    }

    /** The pools in the words the site uses. */
    public String poolNames() {
        return String.join("、", pools.stream().map(pool -> switch (pool) {
            case "SCI_TECH" -> "科技专家库";
            case "POPULAR_SCIENCE" -> "科普专家库";
            default -> pool;
        }).toList());
    }
}
