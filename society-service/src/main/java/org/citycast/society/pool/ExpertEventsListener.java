package org.citycast.society.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.society.platform.EventInbox;
import org.citycast.society.platform.InboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * Keeps {@link PoolExpert} in step with expert-service (its {@code events/expert.events.md}), in one
 * transaction with the processed-event record. It relies on {@code data.expert}: {@code id},
 * {@code name}, {@code title}, {@code employer}, {@code pools} and {@code committeeMember}. An event
 * older than the row is skipped. When an expert who was in a pool is in none afterwards, it
 * publishes {@link ExpertLeftEveryPool} in the same transaction. Award and proposal events carry no
 * expert block and change nothing here.
 */
@Component
class ExpertEventsListener {

    static final String CONSUMER = "society-pool-experts";
    static final InboundEvent.Contract CONTRACT = new InboundEvent.Contract("expert-service",
            Set.of("ExpertAdmitted.v1", "ExpertProfileChanged.v1", "ExpertLeftPool.v1",
                    "AwardPublicNoticeOpened.v1", "AwardResultsAnnounced.v1", "ProposalAdopted.v1"));
    private static final Pattern POOL = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private static final Logger log = LoggerFactory.getLogger(ExpertEventsListener.class);

    private final PoolExperts experts;
    private final EventInbox inbox;
    private final ApplicationEventPublisher events;

    ExpertEventsListener(PoolExperts experts, EventInbox inbox, ApplicationEventPublisher events) {
        this.experts = experts;
        this.inbox = inbox;
        this.events = events;
    }

    @KafkaListener(id = "${spring.application.name}." + CONSUMER, topics = "expert.events")
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = inbox.read(CONTRACT, record);
        if (!event.data().has("expert")) {
            return;
        }
        event.requireSubjectAt("expert", "id");
        PoolExpert reported = reported(event);
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        var held = experts.lock(reported.id());
        if (held.isPresent() && event.time().isBefore(held.get().asOf())) {
            log.debug("Skipping event {} older than what is held of expert {}", event.id(), reported.id());
            return;
        }
        experts.save(reported);
        if (held.isPresent() && held.get().inPool() && !reported.inPool()) {
            events.publishEvent(new ExpertLeftEveryPool(reported.id(), reported.name(), event.time()));
        }
    }

    /** The expert block; one that breaks the documented shape fails (and, after the retries, goes to the DLT). */
    private static PoolExpert reported(InboundEvent event) {
        String name = event.text("expert", "name");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("data.expert.name is missing");
        }
        JsonNode list = event.data().path("expert").path("pools");
        if (!list.isArray()) {
            throw new IllegalArgumentException("data.expert.pools is not a list");
        }
        List<String> pools = new ArrayList<>();
        for (JsonNode pool : list) {
            String code = pool.asString("");
            if (!POOL.matcher(code).matches()) {
                throw new IllegalArgumentException("data.expert.pools holds '" + code + "', not a pool code");
            }
            pools.add(code);
        }
        return new PoolExpert(UUID.fromString(event.subject()), name, event.text("expert", "title"),
                event.text("expert", "employer"), List.copyOf(pools),
                event.data().path("expert").path("committeeMember").asBoolean(false), event.time());
    }
}
