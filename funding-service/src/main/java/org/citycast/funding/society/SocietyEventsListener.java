package org.citycast.funding.society;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.funding.platform.InboundEvent;
import org.citycast.funding.platform.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@link KnownSociety} in step with society-service. Every society event that concerns one
 * society's register record carries its current state in {@code data.society}, as documented in
 * society-service's {@code events/society.events.md}; that block is all this read model needs.
 */
@Component
class SocietyEventsListener {

    static final String CONSUMER = "society-read-model";
    static final InboundEvent.Contract CONTRACT = new InboundEvent.Contract("society-service",
            Set.of("SocietyRegistered.v1", "SocietyDetailsChanged.v1", "SocietyJoined.v1",
                    "PartyOrganisationChanged.v1", "SocietyStatusChanged.v1", "SocietyDisqualified.v1",
                    "SocietyDeregistered.v1", "AnnualInspectionForwarded.v1", "AnnualInspectionCompleted.v1",
                    "TermRenewed.v1", "EvaluationRoundOpened.v1", "SocietyGraded.v1", "GradeLowered.v1",
                    "GradeLapsed.v1", "FunctionTransferAwarded.v1", "DeadlineScheduled.v1", "DeadlineMet.v1",
                    "DeadlineCancelled.v1"));
    private static final Logger log = LoggerFactory.getLogger(SocietyEventsListener.class);

    private final KnownSocieties societies;
    private final ProcessedEvents processed;
    private final JsonMapper json;
    private final Clock clock;

    SocietyEventsListener(KnownSocieties societies, ProcessedEvents processed, JsonMapper json, Clock clock) {
        this.societies = societies;
        this.processed = processed;
        this.json = json;
        this.clock = clock;
    }

    @KafkaListener(id = "${spring.application.name}." + CONSUMER, topics = "society.events")
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = CONTRACT.read(json, record.value(), clock.instant());
        if (event.text("society", "id") == null) {
            return;
        }
        event.requireSubjectAt("society", "id");
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            log.debug("Skipping repeated event {}", event.id());
            return;
        }
        UUID id = UUID.fromString(event.subject());
        KnownSociety society = societies.findById(id).orElseGet(() -> KnownSociety.first(id));
        if (!society.isNewerThanUs(event.time())) {
            return;
        }
        society.describe(event.text("society", "name"), event.text("society", "shortName"),
                event.text("society", "disciplineCategory"), event.text("society", "status"), event.time());
        societies.save(society);
    }
}
