package org.citycast.expert.society;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.expert.platform.InboundEvent;
import org.citycast.expert.platform.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@link KnownSociety} in step with society-service. Every society event carries the
 * society's current state in {@code data.society}, as documented in society-service's
 * {@code events/society.events.md}; that block is all this read model needs.
 */
@Component
class SocietyEventsListener {

    static final String CONSUMER = "expert.society-read-model";
    private static final Logger log = LoggerFactory.getLogger(SocietyEventsListener.class);

    private final KnownSocieties societies;
    private final ProcessedEvents processed;
    private final JsonMapper json;

    SocietyEventsListener(KnownSocieties societies, ProcessedEvents processed, JsonMapper json) {
        this.societies = societies;
        this.processed = processed;
        this.json = json;
    }

    @KafkaListener(id = CONSUMER, topics = "society.events")
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = InboundEvent.parse(json, record.value());
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            log.debug("Skipping repeated event {}", event.id());
            return;
        }
        UUID id = UUID.fromString(event.subject());
        KnownSociety society = societies.findById(id).orElseGet(() -> KnownSociety.first(id));
        if (!society.isNewerThanUs(event.time())) {
            return;
        }
        if (event.text("society", "id") == null) {
            return;
        }
        society.describe(event.text("society", "name"), event.text("society", "shortName"),
                event.text("society", "disciplineCategory"), event.text("society", "status"), event.time());
        societies.save(society);
    }
}
