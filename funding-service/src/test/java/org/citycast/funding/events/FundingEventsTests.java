package org.citycast.funding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.funding.platform.TestTokens.admin;
import static org.citycast.funding.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.funding.Grants;
import org.citycast.funding.GrantsTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.mock.web.MockMultipartFile;

import tools.jackson.databind.JsonNode;

/**
 * Each event on {@code funding.events}, published for real through the outbox, read back from
 * Kafka and checked against its documented sample ({@code events/<type>.json}): the envelope, and
 * every field the sample shows, at every depth, with the same kind of value.
 */
class FundingEventsTests extends GrantsTest {

    Consumer<String, String> topic;
    Grants.Scope scope;
    UUID call;
    UUID society;

    @BeforeEach
    void listen() throws Exception {
        topic = broker.consumerOf("funding.events");
        scope = grants.scope(new BigDecimal("80000.00"));
        call = grants.call(scope, new BigDecimal("30000.00"));
        society = grants.society("济宁市事件学会", "ACTIVE");
    }

    @AfterEach
    void close() {
        topic.close();
    }

    @Test
    void grantApplied() throws Exception {
        UUID id = grants.submitted(society, call, scope, new BigDecimal("12000.00"));
        JsonNode event = matchesSample("GrantApplied.v1", id);
        assertThat(event.get("data").get("grant").get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(event.get("data").get("grant").get("requestedAmount").asString()).isEqualTo("12000.00");
    }

    @Test
    void grantApprovedAndRejected() throws Exception {
        UUID approved = grants.approved(society, call, scope, new BigDecimal("20000.00"));
        JsonNode event = matchesSample("GrantApproved.v1", approved);
        assertThat(event.get("data").get("approvedAmount").asString()).isEqualTo("20000.00");
        assertThat(event.get("data").get("allocationAvailable").asString()).isEqualTo("60000.00");

        UUID rejected = grants.reviewed(society, call, scope, new BigDecimal("5000.00"));
        grants.ok(json(post("/api/funding/applications/" + rejected + "/decision").with(admin()),
                "{\"approved\":false,\"reason\":\"与年度重点不符\"}"));
        assertThat(matchesSample("GrantRejected.v1", rejected).get("data").get("reason").asString())
                .isEqualTo("与年度重点不符");
    }

    @Test
    void grantDisbursedReportOverdueAndClosed() throws Exception {
        UUID id = grants.agreed(society, call, scope, new BigDecimal("10000.00"), grants.today().minusDays(1));
        grants.ok(json(post("/api/funding/applications/" + id + "/tranches/1/disbursement").with(admin()),
                "{\"paidOn\":\"%s\",\"reference\":\"PZ-001\"}".formatted(grants.today())));
        JsonNode disbursed = matchesSample("GrantDisbursed.v1", id);
        assertThat(disbursed.get("data").get("amount").asString()).isEqualTo("5000.00");
        assertThat(disbursed.get("data").get("grant").get("disbursedAmount").asString()).isEqualTo("5000.00");

        grants.ok(post("/api/funding/reports/overdue-check").with(admin()));
        assertThat(matchesSample("GrantReportOverdue.v1", id).get("data").get("reportDueOn").asString())
                .isEqualTo(grants.today().minusDays(1).toString());

        grants.ok(json(put("/api/funding/applications/" + id + "/final-report").with(secretaryOf(society)), """
                {"summary":"活动圆满完成","actualAttendance":180,"heldFrom":"%s","heldTo":"%s",
                 "lines":[{"item":"场地费","actual":"4000.00"}]}""".formatted(grants.today(), grants.today())));
        grants.ok(multipart("/api/funding/applications/" + id + "/final-report/evidence")
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()))
                .with(secretaryOf(society)));
        grants.ok(post("/api/funding/applications/" + id + "/final-report/submission").with(secretaryOf(society)));
        grants.ok(json(post("/api/funding/applications/" + id + "/final-report/review").with(admin()),
                "{\"accepted\":true}"));
        grants.ok(post("/api/funding/applications/" + id + "/closing").with(admin()));
        JsonNode closed = matchesSample("GrantClosed.v1", id);
        assertThat(closed.get("data").get("settledAmount").asString()).isEqualTo("4000.00");
        assertThat(closed.get("data").get("releasedAmount").asString()).isEqualTo("6000.00");
        assertThat(closed.get("data").get("refundedAmount").asString()).isEqualTo("1000.00");
    }

    @Test
    void financingLinkRecorded() throws Exception {
        JsonNode link = grants.ok(json(post("/api/funding/financing-links").with(secretaryOf(society)), """
                {"institution":"济宁银行科技支行","instrument":"LOAN","amount":"500000.00","startsOn":"2026-03-01",
                 "endsOn":"2028-02-29","note":"成果转化项目贷款"}"""));
        JsonNode event = matchesSample("FinancingLinkRecorded.v1", Grants.id(link));
        assertThat(event.get("data").get("link").get("societyId").asString()).isEqualTo(society.toString());
    }

    /** The record of {@code type} about {@code aggregate}, checked against the sample of that type. */
    private JsonNode matchesSample(String type, UUID aggregate) throws Exception {
        JsonNode event = eventFor(type, aggregate);
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("source").asString()).isEqualTo("funding-service");
        assertThat(event.get("subject").asString()).isEqualTo(aggregate.toString());
        assertThat(event.get("id").asString()).isEqualTo(event.get("data").get("eventId").asString());
        JsonNode sample = json.readTree(new ClassPathResource("events/" + type + ".json").getInputStream());
        assertThat(sample.get("type").asString()).isEqualTo(type);
        sameShape(sample, event, "");
        return event;
    }

    /** Every field of the sample is in the record, with a value of the same JSON kind (nulls aside). */
    private static void sameShape(JsonNode sample, JsonNode actual, String path) {
        for (String field : sample.propertyNames()) {
            String at = path.isEmpty() ? field : path + "." + field;
            assertThat(actual.has(field)).as("record has " + at).isTrue();
            JsonNode expected = sample.get(field);
            JsonNode value = actual.get(field);
            if (expected.isNull() || value.isNull()) {
                continue;
            }
            assertThat(value.getNodeType()).as("kind of " + at).isEqualTo(expected.getNodeType());
            if (expected.isObject()) {
                sameShape(expected, value, at);
            }
        }
    }

    private JsonNode eventFor(String type, UUID aggregate) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : KafkaTestUtils.getRecords(topic, Duration.ofMillis(500))) {
                JsonNode event = json.readTree(record.value());
                if (aggregate.toString().equals(record.key()) && type.equals(event.get("type").asString())) {
                    return event;
                }
                seen.add(record.key() + " " + event.get("type").asString());
            }
        }
        throw new AssertionError("No " + type + " for " + aggregate + " on funding.events; saw " + seen);
    }
}
