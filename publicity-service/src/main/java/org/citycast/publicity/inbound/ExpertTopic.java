package org.citycast.publicity.inbound;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.publicity.platform.InboundEvent;
import org.citycast.publicity.platform.ProcessedEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code expert.events}: pool experts (the sub-sites' experts, talent profiles linked to them, pool
 * sizes), public notices, award results and adopted proposals. The fields read here are the ones this
 * service relies on; see {@code events/consumed.events.md}.
 */
@Component
class ExpertTopic {

    static final String CONSUMER = "expert-feed";
    static final InboundEvent.Contract CONTRACT = new InboundEvent.Contract("expert-service",
            Set.of("ExpertAdmitted.v1", "ExpertProfileChanged.v1", "ExpertLeftPool.v1", "AwardPublicNoticeOpened.v1",
                    "AwardResultsAnnounced.v1", "ProposalAdopted.v1"));

    private final ProcessedEvents processed;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    ExpertTopic(ProcessedEvents processed, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.processed = processed;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @KafkaListener(id = "${spring.application.name}." + CONSUMER, topics = "expert.events")
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = CONTRACT.read(json, record.value(), clock.instant());
        Object fact = read(event);
        if (processed.firstDelivery(CONSUMER, event.id())) {
            events.publishEvent(fact);
        }
    }

    static Object read(InboundEvent event) {
        JsonNode data = event.data();
        String type = event.type().substring(0, event.type().lastIndexOf('.'));
        return switch (type) {
            case "AwardPublicNoticeOpened" -> {
                event.requireSubjectAt("award", "id");
                JsonNode award = Fields.object(data, "award");
                JsonNode notice = Fields.object(data, "notice");
                yield new PublicNoticeReported(event.id(), event.time(), Fields.uuid(award, "id"),
                        Fields.text(award, "name"), Fields.text(award, "kind"), Fields.integer(award, "year"),
                        Fields.date(notice, "opensOn"), Fields.date(notice, "closesOn"),
                        Fields.list(data, "nominees", n -> new PublicNoticeReported.Nominee(
                                Fields.uuid(n, "nominationId"), Fields.text(n, "candidate"),
                                Fields.optionalText(n, "employer"), Fields.optionalUuid(n, "societyId"),
                                Fields.optionalText(n, "societyName"), Fields.optionalText(n, "awardClass"),
                                Fields.optionalText(n, "workTitle"))));
            }
            case "AwardResultsAnnounced" -> {
                event.requireSubjectAt("award", "id");
                JsonNode award = Fields.object(data, "award");
                yield new AwardResultsReported(event.id(), event.time(), Fields.uuid(award, "id"),
                        Fields.text(award, "name"), Fields.text(award, "kind"), Fields.integer(award, "year"),
                        Fields.integer(data, "nominations"),
                        Fields.list(data, "winners", w -> new AwardResultsReported.Winner(
                                Fields.uuid(w, "nominationId"), Fields.text(w, "candidate"),
                                Fields.optionalUuid(w, "societyId"), Fields.optionalText(w, "awardClass"))));
            }
            case "ProposalAdopted" -> {
                event.requireSubjectAt("proposal", "id");
                JsonNode proposal = Fields.object(data, "proposal");
                yield new ProposalAdoptedReported(event.id(), event.time(), Fields.uuid(proposal, "id"),
                        Fields.text(proposal, "title"), Fields.date(proposal, "adoptedOn"));
            }
            default -> {
                event.requireSubjectAt("expert", "id");
                JsonNode expert = Fields.object(data, "expert");
                yield new ExpertReported(event.id(), type, event.time(), new ExpertReported.Expert(
                        Fields.uuid(expert, "id"), Fields.text(expert, "name"), Fields.optionalText(expert, "title"),
                        Fields.optionalText(expert, "titleLevel"), Fields.optionalText(expert, "employer"),
                        Fields.optionalText(expert, "category"), Fields.list(expert, "pools", JsonNode::asString),
                        Fields.list(expert, "societies", id -> UUID.fromString(id.asString()))));
            }
        };
    }
}
