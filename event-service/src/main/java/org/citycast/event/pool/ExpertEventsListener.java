package org.citycast.event.pool;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.event.platform.EventInbox;
import org.citycast.event.platform.InboundEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * Keeps the expert read model in step with expert-service. It relies on these fields of the
 * {@code data.expert} block expert-service publishes (its samples in
 * {@code expert-service/src/main/resources/events/}): {@code id} (also the envelope's
 * {@code subject}), {@code name}, {@code title}, {@code employer} and {@code societies} (the
 * societies the expert belongs to). {@code ExpertLeftPool} keeps the expert's name for the speakers
 * already announced, but marks them out of the pool.
 */
@Component
class ExpertEventsListener {

    static final String CONSUMER = "expert-read-model";
    static final Set<String> EXPERT_TYPES = Set.of("ExpertAdmitted.v1", "ExpertProfileChanged.v1", "ExpertLeftPool.v1");
    /** Every type expert-service publishes: the award and proposal events are known, and not about the pool. */
    static final InboundEvent.Contract CONTRACT = new InboundEvent.Contract("expert-service",
            Set.of("ExpertAdmitted.v1", "ExpertProfileChanged.v1", "ExpertLeftPool.v1",
                    "AwardPublicNoticeOpened.v1", "AwardResultsAnnounced.v1", "ProposalAdopted.v1"));

    private final ExpertPool pool;
    private final EventInbox inbox;

    ExpertEventsListener(ExpertPool pool, EventInbox inbox) {
        this.pool = pool;
        this.inbox = inbox;
    }

    @KafkaListener(id = "${spring.application.name}." + CONSUMER, topics = "expert.events")
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = inbox.read(CONTRACT, record);
        if (!EXPERT_TYPES.contains(event.type())) {
            return;
        }
        event.requireSubjectAt("expert", "id");
        String name = event.text("expert", "name");
        if (name == null || name.isBlank()) {
            // the platform's error handler sends it to the dead-letter topic after its retries
            throw new IllegalArgumentException("Expert event " + event.id() + " carries no name");
        }
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        UUID id = UUID.fromString(event.subject());
        if (pool.asOf(id).filter(known -> event.time().isBefore(known)).isPresent()) {
            return;
        }
        Set<UUID> societies = new LinkedHashSet<>();
        JsonNode ids = event.data().get("expert").get("societies");
        if (ids != null && ids.isArray()) {
            ids.forEach(society -> societies.add(UUID.fromString(society.asString())));
        }
        pool.save(new PoolExpert(id, name, event.text("expert", "title"), event.text("expert", "employer"),
                !"ExpertLeftPool.v1".equals(event.type()), societies), event.time());
    }
}
