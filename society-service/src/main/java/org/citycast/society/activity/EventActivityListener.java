package org.citycast.society.activity;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.society.activity.ActivityFacts.Fact;
import org.citycast.society.platform.EventInbox;
import org.citycast.society.platform.InboundEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * Records what event-service reports of each society's events (see event-service's
 * {@code events/event.events.md}) and re-assesses the societies concerned, in one transaction with
 * the processed-event record. It relies on: {@code plannedEvent.id/societyId/kind/title} of
 * EventPlanned; {@code event.id/organiserId/coOrganiserIds/kind/title/endsAt} of the others, and
 * {@code figures.attended} of EventHeld. EventBranded changes nothing here.
 */
@Component
class EventActivityListener {

    static final String CONSUMER = "society-activity";
    static final InboundEvent.Contract CONTRACT = new InboundEvent.Contract("event-service",
            Set.of("EventPlanned.v1", "EventBranded.v1", "EventPublished.v1", "EventHeld.v1", "EventCancelled.v1"));

    private final ActivityFacts facts;
    private final HealthAssessor assessor;
    private final EventInbox inbox;

    EventActivityListener(ActivityFacts facts, HealthAssessor assessor, EventInbox inbox) {
        this.facts = facts;
        this.assessor = assessor;
        this.inbox = inbox;
    }

    @KafkaListener(id = "${spring.application.name}." + CONSUMER, topics = "event.events")
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = inbox.read(CONTRACT, record);
        switch (event.type()) {
            case "EventPlanned.v1" -> event.requireSubjectAt("plannedEvent", "id");
            case "EventBranded.v1" -> event.requireSubjectAt("session", "plannedEventId");
            default -> event.requireSubjectAt("event", "id");
        }
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        UUID subject = UUID.fromString(event.subject());
        Set<UUID> societies = new LinkedHashSet<>();
        switch (event.type()) {
            case "EventPlanned.v1" -> {
                UUID society = UUID.fromString(event.text("plannedEvent", "societyId"));
                facts.record(society, subject, Fact.PLANNED, "ORGANISER", event.text("plannedEvent", "kind"),
                        event.text("plannedEvent", "title"), event.time(), null);
                societies.add(society);
            }
            case "EventPublished.v1" -> societies.addAll(recordForOrganisers(event, subject, Fact.PUBLISHED,
                    event.time(), null));
            case "EventCancelled.v1" -> societies.addAll(recordForOrganisers(event, subject, Fact.CANCELLED,
                    event.time(), null));
            case "EventHeld.v1" -> {
                JsonNode attended = event.data().path("figures").path("attended");
                // held when it ended, or when it was recorded as held if that was earlier (closed before its planned end)
                Instant ended = Instant.parse(event.text("event", "endsAt"));
                societies.addAll(recordForOrganisers(event, subject, Fact.HELD,
                        ended.isBefore(event.time()) ? ended : event.time(), attended.isNumber() ? attended.asInt() : null));
            }
            default -> {
                // a branding is the association's choice, not the society's activity
            }
        }
        assessor.assess(societies);
    }

    private Set<UUID> recordForOrganisers(InboundEvent event, UUID subject, Fact fact, Instant at, Integer attended) {
        Set<UUID> societies = new LinkedHashSet<>();
        UUID organiser = UUID.fromString(event.text("event", "organiserId"));
        facts.record(organiser, subject, fact, "ORGANISER", event.text("event", "kind"), event.text("event", "title"),
                at, attended);
        societies.add(organiser);
        JsonNode co = event.data().path("event").path("coOrganiserIds");
        if (co.isArray()) {
            for (JsonNode id : co) {
                UUID society = UUID.fromString(id.asString());
                facts.record(society, subject, fact, "CO_ORGANISER", event.text("event", "kind"),
                        event.text("event", "title"), at, attended);
                societies.add(society);
            }
        }
        return societies;
    }
}
