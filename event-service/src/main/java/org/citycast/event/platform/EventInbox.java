package org.citycast.event.platform;

import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Where every consumer starts: it reads a record against the consumer's {@link InboundEvent.Contract}
 * and lets each event through once. Kafka delivers at least once, so the inbox notes the event ids
 * each consumer has applied, in the same transaction as the change they made (the idempotent
 * consumer).
 */
@Component
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    EventInbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The record's event, its envelope checked against {@code contract}; one that breaks it throws
     * {@link InboundEvent.Rejected} and goes to the dead-letter topic.
     */
    public InboundEvent read(InboundEvent.Contract contract, ConsumerRecord<?, byte[]> record) {
        return contract.read(json, record.value(), clock.instant());
    }

    /**
     * True the first time {@code consumer} sees {@code event}; false for a repeat, which must be skipped.
     * Call it once the event is known to concern the consumer, so that only applied events are noted.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(String consumer, InboundEvent event) {
        boolean first = jdbc.sql("""
                        INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, now())
                        ON CONFLICT DO NOTHING""")
                .params(consumer, event.id())
                .update() == 1;
        if (!first) {
            log.debug("Skipping repeated event {}", event.id());
        }
        return first;
    }
}
