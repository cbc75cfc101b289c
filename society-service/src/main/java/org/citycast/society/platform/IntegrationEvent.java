package org.citycast.society.platform;

import java.time.Instant;
import java.util.UUID;

/**
 * An event this service publishes to other services: a small immutable record annotated with
 * {@code @Externalized("<service>.events")}, keyed on Kafka by its aggregate id and wrapped in a
 * {@link CloudEventEnvelope}.
 */
public interface IntegrationEvent {

    UUID eventId();

    Instant occurredAt();

    String aggregateId();

    /**
     * The CloudEvents {@code type} on the wire, {@code Name.vN}: a constant of the event, never
     * derived from the class name, so that renaming a class cannot change the contract. The major
     * version goes up when a field changes meaning or disappears.
     */
    String eventType();
}
