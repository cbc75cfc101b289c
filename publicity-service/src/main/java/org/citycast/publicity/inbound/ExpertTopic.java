package org.citycast.publicity.inbound;

import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.publicity.platform.InboundEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

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

    private final Relay relay;

    ExpertTopic(Relay relay) {
        this.relay = relay;
    }

    @KafkaListener(id = "${spring.application.name}." + CONSUMER, topics = "expert.events")
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        relay.publishOnce(CONSUMER, CONTRACT, record, ExpertTopic::read);
    }

    /** A nomination as notices and results list it. */
    private static PublicNoticeReported.Nominee nominee(JsonNode n) {
        return new PublicNoticeReported.Nominee(Fields.uuid(n, "nominationId"), Fields.text(n, "candidateName"),
                Fields.optionalText(n, "employer"), Fields.optionalUuid(n, "societyId"),
                Fields.optionalText(n, "societyName"), Fields.optionalText(n, "awardClass"),
                Fields.optionalText(n, "awardClassName"), Fields.optionalText(n, "workTitle"));
    }

    static Object read(InboundEvent event) {
        JsonNode data = event.data();
        String type = event.type().substring(0, event.type().lastIndexOf('.'));
        return switch (type) {
            case "AwardPublicNoticeOpened" -> {
                event.requireSubjectAt("programme", "id");
                JsonNode programme = Fields.object(data, "programme");
                yield new PublicNoticeReported(event.id(), event.time(), Fields.uuid(programme, "id"),
                        Fields.text(programme, "name"), Fields.text(programme, "kind"), Fields.integer(programme, "year"),
                        Fields.date(data, "opensOn"), Fields.date(data, "closesOn"),
                        Fields.optionalText(data, "objectionPath"), Fields.optionalInteger(data, "nominations"),
                        Fields.list(data, "entries", ExpertTopic::nominee));
            }
            case "AwardResultsAnnounced" -> {
                event.requireSubjectAt("programme", "id");
                JsonNode programme = Fields.object(data, "programme");
                yield new AwardResultsReported(event.id(), event.time(), Fields.uuid(programme, "id"),
                        Fields.text(programme, "name"), Fields.text(programme, "kind"), Fields.integer(programme, "year"),
                        Fields.optionalInteger(data, "nominations"), Fields.list(data, "winners", ExpertTopic::nominee));
            }
            case "ProposalAdopted" -> {
                event.requireSubjectAt("proposalId");
                yield new ProposalAdoptedReported(event.id(), event.time(), Fields.uuid(data, "proposalId"),
                        Fields.text(data, "title"), Fields.optionalText(data, "adoption"),
                        Fields.optionalDate(data, "answeredOn"), Fields.integer(data, "year"));
            }
            default -> {
                event.requireSubjectAt("expert", "id");
                JsonNode expert = Fields.object(data, "expert");
                yield new ExpertReported(event.id(), type, event.time(), new ExpertReported.Expert(
                        Fields.uuid(expert, "id"), Fields.text(expert, "name"), Fields.optionalText(expert, "title"),
                        Fields.optionalText(expert, "titleLevel"), Fields.optionalText(expert, "employer"),
                        Fields.optionalText(expert, "category"), Fields.list(expert, "pools", JsonNode::asString),
                        Fields.list(expert, "societies", id -> UUID.fromString(id.asString()))),
                        Fields.optionalText(data, "pool"), switch (type) {
                            case "ExpertAdmitted" -> Fields.optionalDate(data, "admittedOn");
                            case "ExpertLeftPool" -> Fields.optionalDate(data, "leftOn");
                            default -> null;
                        });
            }
        };
    }
}
