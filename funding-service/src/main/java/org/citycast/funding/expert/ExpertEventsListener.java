package org.citycast.funding.expert;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.funding.platform.EventInbox;
import org.citycast.funding.platform.InboundEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * Keeps {@link KnownExpert} in step with expert-service. The expert events carry the expert as
 * they stand after the change in {@code data.expert}: {@code id}, {@code name}, {@code employer},
 * {@code societies} (ids, or objects with an {@code id}) and {@code pools}; an expert out of every
 * pool is marked so, but their societies still count for recusal. Award and proposal events carry no expert
 * block and are skipped.
 */
@Component
class ExpertEventsListener {

    static final String CONSUMER = "expert-read-model";
    static final InboundEvent.Contract CONTRACT = new InboundEvent.Contract("expert-service",
            Set.of("ExpertAdmitted.v1", "ExpertProfileChanged.v1", "ExpertLeftPool.v1",
                    "AwardPublicNoticeOpened.v1", "AwardResultsAnnounced.v1", "ProposalAdopted.v1"));

    private final KnownExperts experts;
    private final EventInbox inbox;

    ExpertEventsListener(KnownExperts experts, EventInbox inbox) {
        this.experts = experts;
        this.inbox = inbox;
    }

    @KafkaListener(id = "${spring.application.name}." + CONSUMER, topics = "expert.events")
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = inbox.read(CONTRACT, record);
        if (event.text("expert", "id") == null) {
            return;
        }
        event.requireSubjectAt("expert", "id");
        Set<UUID> societies = societies(event);
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        UUID id = UUID.fromString(event.subject());
        KnownExpert expert = experts.findById(id).orElseGet(() -> KnownExpert.first(id));
        if (!expert.isNewerThanUs(event.time())) {
            return;
        }
        expert.describe(event.text("expert", "name"), event.text("expert", "employer"), societies,
                inPool(event), event.time());
        experts.save(expert);
    }

    /** In a pool while {@code expert.pools} lists one; without that list, until an {@code ExpertLeftPool}. */
    private static boolean inPool(InboundEvent event) {
        JsonNode pools = event.data().path("expert").path("pools");
        return pools.isArray() ? !pools.isEmpty() : !"ExpertLeftPool.v1".equals(event.type());
    }

    private static Set<UUID> societies(InboundEvent event) {
        JsonNode list = event.data().path("expert").path("societies");
        Set<UUID> ids = new LinkedHashSet<>();
        if (list.isMissingNode() || list.isNull()) {
            return ids;
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException("data.expert.societies is not a list");
        }
        for (JsonNode society : list) {
            String id = society.isString() ? society.asString() : society.path("id").asString(null);
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException | NullPointerException e) {
                // the template keeps Rejected's constructor to itself: this goes to the DLT after the retries
                throw new IllegalArgumentException("data.expert.societies holds '" + id + "', not a society id", e);
            }
        }
        return ids;
    }
}
