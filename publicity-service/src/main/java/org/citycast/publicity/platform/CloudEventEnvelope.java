package org.citycast.publicity.platform;

import java.time.Instant;
import java.util.UUID;

/**
 * The record value on Kafka: a CloudEvents 1.0 event in structured JSON mode, so any consumer
 * can deduplicate by {@code id}, dispatch by {@code type} ({@code SocietyRegistered.v1}) and read
 * the state it needs from {@code data} without calling back.
 */
public record CloudEventEnvelope(String specversion, UUID id, String source, String type, Instant time,
        String subject, String datacontenttype, Object data) {

    public static CloudEventEnvelope wrap(String producer, IntegrationEvent event) {
        return new CloudEventEnvelope("1.0", event.eventId(), producer, event.eventType(), event.occurredAt(),
                event.aggregateId(), "application/json", event);
    }
}
