package org.citycast.publicity.inbound;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.publicity.platform.InboundEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/** {@code funding.events}: the report's money granted and activities funded by tag, and financing links. */
@Component
class FundingTopic {

    static final String CONSUMER = "funding-feed";
    static final InboundEvent.Contract CONTRACT = new InboundEvent.Contract("funding-service",
            Stream.concat(Stream.of("GrantApplied.v1", "GrantApproved.v1", "GrantRejected.v1", "GrantDisbursed.v1",
                    "GrantReportOverdue.v1", "GrantClosed.v1", "FinancingLinkRecorded.v1"), DeadlineReported.TYPES.stream())
                    .collect(Collectors.toUnmodifiableSet()));

    private final Relay relay;

    FundingTopic(Relay relay) {
        this.relay = relay;
    }

    @KafkaListener(id = "${spring.application.name}." + CONSUMER, topics = "funding.events")
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        relay.publishOnce(CONSUMER, CONTRACT, record, FundingTopic::read);
    }

    static Object read(InboundEvent event) {
        JsonNode data = event.data();
        if (DeadlineReported.TYPES.contains(event.type())) {
            return DeadlineReported.read(event);
        }
        if ("FinancingLinkRecorded.v1".equals(event.type())) {
            event.requireSubjectAt("link", "id");
            JsonNode link = Fields.object(data, "link");
            return new FinancingLinkReported(event.id(), event.time(), Fields.uuid(link, "id"),
                    Fields.uuid(link, "societyId"), Fields.text(link, "institution"), Fields.text(link, "instrument"),
                    Fields.optionalMoney(link, "amount"), Fields.optionalDate(link, "startsOn"),
                    Fields.optionalDate(link, "endsOn"));
        }
        event.requireSubjectAt("grant", "id");
        JsonNode grant = Fields.object(data, "grant");
        return new GrantReported(event.id(), event.type().substring(0, event.type().lastIndexOf('.')), event.time(),
                new GrantReported.Grant(Fields.uuid(grant, "id"), Fields.uuid(grant, "societyId"),
                        Fields.text(grant, "title"), Fields.optionalText(grant, "categoryCode"),
                        Fields.optionalText(grant, "tag"), Fields.integer(grant, "year"),
                        Fields.optionalMoney(grant, "approvedAmount"), Fields.optionalMoney(grant, "disbursedAmount")),
                Fields.optionalMoney(data, "settledAmount"));
    }
}
