package org.citycast.society.platform;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idempotent-consumer record: Kafka delivers at least once, so each consumer notes the
 * event ids it has applied, in the same transaction as the change they made.
 */
@Component
public class ProcessedEvents {

    private final JdbcClient jdbc;

    ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time {@code consumer} sees {@code eventId}; false for a repeat, which must be skipped. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return jdbc.sql("""
                        INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, now())
                        ON CONFLICT DO NOTHING""")
                .params(consumer, eventId)
                .update() == 1;
    }
}
