package org.citycast.publicity.society;

import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.publicity.platform.EventInbox;
import org.citycast.publicity.platform.InboundEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

    private final KnownSocieties societies;
    private final EventInbox inbox;

    SocietyEventsListener(KnownSocieties societies, EventInbox inbox) {
        this.societies = societies;
        this.inbox = inbox;
    }

    @KafkaListener(id = "${spring.application.name}." + CONSUMER, topics = "society.events")
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = inbox.read(CONTRACT, record);
        if (event.text("society", "id") == null) {
            return;
        }
        event.requireSubjectAt("society", "id");
        if (!inbox.firstDelivery(CONSUMER, event)) {
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
