package org.citycast.publicity.inbound;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.publicity.platform.InboundEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * {@code event.events}, as documented in event-service's {@code events/event.events.md}: the sub-sites'
 * upcoming and past events, the academic-hall announcements and the report's sessions, attendance and
 * outreach figures. See {@code events/consumed.events.md}.
 */
@Component
class EventTopic {

    static final String CONSUMER = "event-feed";
    static final InboundEvent.Contract CONTRACT = new InboundEvent.Contract("event-service",
            Set.of("EventPlanned.v1", "EventBranded.v1", "EventPublished.v1", "EventHeld.v1", "EventCancelled.v1"));

    private final Relay relay;

    EventTopic(Relay relay) {
        this.relay = relay;
    }

    @KafkaListener(id = "${spring.application.name}." + CONSUMER, topics = "event.events")
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        relay.publishOnce(CONSUMER, CONTRACT, record, EventTopic::read);
    }

    static Object read(InboundEvent event) {
        JsonNode data = event.data();
        return switch (event.type()) {
            // a plan line is not news until ADMIN brands it or its society publishes the event
            case "EventPlanned.v1" -> null;
            case "EventBranded.v1" -> {
                event.requireSubjectAt("session", "plannedEventId");
                JsonNode s = Fields.object(data, "session");
                yield new SessionBranded(event.id(), event.time(), Fields.uuid(s, "plannedEventId"),
                        Fields.integer(s, "year"), Fields.integer(s, "number"), Fields.optionalText(s, "label"),
                        Fields.uuid(s, "societyId"), Fields.optionalText(s, "societyName"), Fields.text(s, "title"),
                        Fields.optionalText(s, "kind"), Fields.optionalInteger(s, "plannedMonth"));
            }
            default -> {
                event.requireSubjectAt("event", "id");
                JsonNode e = Fields.object(data, "event");
                JsonNode figures = data.get("figures");
                yield new EventReported(event.id(), event.type().substring(0, event.type().lastIndexOf('.')),
                        event.time(), new EventReported.Event(Fields.uuid(e, "id"), Fields.uuid(e, "organiserId"),
                                Fields.optionalUuid(e, "plannedEventId"), Fields.optionalText(e, "academicHallSession"),
                                Fields.text(e, "title"), Fields.optionalText(e, "kind"),
                                Fields.optionalInstant(e, "startsAt"), Fields.optionalInstant(e, "endsAt"),
                                Fields.optionalText(e, "venue"), Fields.optionalText(e, "status"),
                                figures == null ? null : Fields.optionalInteger(figures, "attended"),
                                figures == null ? null : Fields.optionalInteger(figures, "beneficiaries")));
            }
        };
    }
}
