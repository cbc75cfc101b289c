package org.citycast.event.event;

import java.util.UUID;

/** Within the service: a published event's capacities may have changed, so freed places can be given to those waiting. */
public record CapacityChanged(UUID eventId) {
}
