package org.citycast.publicity.society;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.publicity.platform.InboundEvent;
import org.citycast.publicity.platform.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@link KnownSociety} in step with society-service. The payload fields read here are
 * those documented in society-service's {@code events/society.events.md}.
 */
@Component
class SocietyEventsListener {

    static final String CONSUMER = "publicity.society-read-model";
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
        switch (event.type()) {
            case "SocietyRegistered.v1", "SocietyDetailsChanged.v1", "SocietyJoined.v1" ->
                    society.describe(event.text("name"), event.text("shortName"), event.text("disciplineCategory"),
                            event.text("status"), event.time());
            case "SocietyStatusChanged.v1", "SocietyDisqualified.v1", "SocietyDeregistered.v1" ->
                    society.changeStatus(event.text("status"), event.time());
            default -> {
                return;
            }
        }
        societies.save(society);
    }
}
