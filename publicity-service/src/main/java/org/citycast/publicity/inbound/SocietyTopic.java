package org.citycast.publicity.inbound;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.publicity.platform.InboundEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * {@code society.events}, as documented in society-service's {@code events/society.events.md}. The
 * shared society read model ({@code society} package) keeps names and status; this listener gives the
 * sub-sites and the work report the rest: host unit, health tier, party organisation, how a society
 * came and went, re-elections, inspections, evaluation grades and function-transfer projects.
 */
@Component
class SocietyTopic {

    static final String CONSUMER = "society-feed";
    static final InboundEvent.Contract CONTRACT = new InboundEvent.Contract("society-service",
            Stream.concat(Stream.of("SocietyRegistered.v1", "SocietyDetailsChanged.v1", "SocietyJoined.v1",
                    "PartyOrganisationChanged.v1", "SocietyStatusChanged.v1", "SocietyDisqualified.v1",
                    "SocietyDeregistered.v1", "AnnualInspectionForwarded.v1", "AnnualInspectionCompleted.v1",
                    "TermRenewed.v1", "EvaluationRoundOpened.v1", "SocietyGraded.v1", "GradeLowered.v1",
                    "GradeLapsed.v1", "FunctionTransferAwarded.v1"), DeadlineReported.TYPES.stream())
                    .collect(Collectors.toUnmodifiableSet()));

    private final Relay relay;

    SocietyTopic(Relay relay) {
        this.relay = relay;
    }

    @KafkaListener(id = "${spring.application.name}." + CONSUMER, topics = "society.events",
            containerFactory = SocietyFeedErrors.FACTORY)
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        relay.publishOnce(CONSUMER, CONTRACT, record, SocietyTopic::read);
    }

    static Object read(InboundEvent event) {
        JsonNode data = event.data();
        String type = event.type().substring(0, event.type().lastIndexOf('.'));
        return switch (type) {
            case "DeadlineScheduled", "DeadlineMet", "DeadlineCancelled" -> DeadlineReported.read(event);
            case "TermRenewed" -> {
                event.requireSubjectAt("societyId");
                yield new TermRenewalReported(event.id(), event.time(), Fields.uuid(data, "societyId"),
                        Fields.optionalText(data, "societyName"), Fields.date(data, "electedOn"));
            }
            case "AnnualInspectionCompleted" -> {
                event.requireSubjectAt("societyId");
                yield new InspectionReported(event.id(), event.time(), Fields.uuid(data, "societyId"),
                        Fields.integer(data, "year"), Fields.text(data, "status"), Fields.optionalText(data, "outcome"));
            }
            case "SocietyGraded" -> {
                event.requireSubjectAt("societyId");
                yield new GradeReported(event.id(), event.time(), Fields.uuid(data, "societyId"),
                        Fields.uuid(data, "gradeId"), Fields.text(data, "level"), Fields.date(data, "awardedOn"),
                        Fields.date(data, "validUntil"));
            }
            case "FunctionTransferAwarded" -> {
                event.requireSubjectAt("societyId");
                yield new FunctionTransferReported(event.id(), event.time(), Fields.uuid(data, "societyId"),
                        Fields.uuid(data, "projectId"), Fields.text(data, "kind"),
                        Fields.optionalMoney(data, "contractAmount"), Fields.date(data, "awardedOn"));
            }
            // forwarding to civil affairs, a round's opening, a grade lowered or lapsed: the report counts
            // grades as awarded within the year, so these change nothing it or the public sees
            case "AnnualInspectionForwarded", "EvaluationRoundOpened", "GradeLowered", "GradeLapsed" -> null;
            default -> {
                event.requireSubjectAt("society", "id");
                JsonNode society = Fields.object(data, "society");
                yield new SocietyReported(event.id(), type, event.time(), new SocietyReported.Society(
                        UUID.fromString(event.subject()), Fields.text(society, "name"),
                        Fields.optionalText(society, "shortName"), Fields.optionalText(society, "disciplineCategory"),
                        Fields.optionalText(society, "hostUnit"), Fields.text(society, "status"),
                        Fields.optionalText(society, "healthTier"), Fields.optionalText(society, "creditCode"),
                        Fields.optionalText(society, "partyOrganisation")),
                        Fields.optionalText(data, "previousStatus"), Fields.optionalText(data, "reason"));
            }
        };
    }
}
