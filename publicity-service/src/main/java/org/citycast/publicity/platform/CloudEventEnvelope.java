package org.citycast.publicity.platform;

import java.time.Instant;
import java.util.UUID;

/**
 * The record value on Kafka: a CloudEvents 1.0 event in structured JSON mode, so any consumer
 * can deduplicate by {@code id}, dispatch by {@code type} ({@code SocietyRegistered.v1}) and read
 * the state it needs from {@code data} without calling back. {@code traceparent} is the CloudEvents
 * distributed-tracing extension: the W3C trace context of the request that caused the event, absent
 * when nothing was traced.
 */
public record CloudEventEnvelope(String specversion, UUID id, String source, String type, Instant time,
        String subject, String datacontenttype, Object data,
        String traceparent) {

    public static CloudEventEnvelope wrap(String producer, IntegrationEvent event, String traceparent) {
        return new CloudEventEnvelope("1.0", event.eventId(), producer, event.eventType(), event.occurredAt(),
                event.aggregateId(), "application/json", event, traceparent);
    }
}
