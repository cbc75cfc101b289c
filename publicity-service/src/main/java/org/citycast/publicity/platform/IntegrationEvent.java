package org.citycast.publicity.platform;

import java.time.Instant;
import java.util.UUID;

/**
 * An event this service publishes to other services. Implementations are small immutable
 * records annotated with {@code @Externalized("publicity.events")}; on the wire each is keyed by
 * its aggregate id and wrapped in a {@link CloudEventEnvelope}.
 */
public interface IntegrationEvent {

    UUID eventId();

    Instant occurredAt();

    String aggregateId();

    /** Bumped when a field changes meaning or disappears; consumers read the type as {@code Name.vN}. */
    default int version() {
        return 1;
    }
}
