package org.citycast.event.event;

import java.util.UUID;

/**
 * A speaker: a pool expert by reference ({@code expertId}; name, title and employer then come from
 * the expert pool and stay in step with it) or an external speaker named here.
 */
public record Speaker(UUID expertId, String name, String title, String employer, String topic) {

    boolean fromPool() {
        return expertId != null;
    }
}
