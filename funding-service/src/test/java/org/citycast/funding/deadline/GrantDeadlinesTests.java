package org.citycast.funding.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.funding.platform.TestTokens.admin;
import static org.citycast.funding.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.citycast.funding.Grants;
import org.citycast.funding.GrantsTest;
import org.citycast.funding.platform.TopicEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;

import tools.jackson.databind.JsonNode;

/** The final report's deadline on {@code funding.events}, as publicity-service's reminders read it. */
class GrantDeadlinesTests extends GrantsTest {

    TopicEvents events;

    @BeforeEach
    void listen() {
        events = new TopicEvents(broker, "funding.events", json);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theFinalReportIsAnnouncedWithTheAgreementAgainWhenReturnedAndMetWhenFiled() throws Exception {
        Grants.Scope scope = grants.scope(new BigDecimal("50000.00"));
        UUID call = grants.call(scope, new BigDecimal("30000.00"));
        UUID society = grants.society("济宁市期限学会", "ACTIVE");
        LocalDate due = grants.today().plusDays(20);
        UUID grant = grants.agreed(society, call, scope, new BigDecimal("10000.00"), due);
        String deadline = "grant-report:" + grant;

        JsonNode scheduled = events.next(deadline, "DeadlineScheduled.v1");
        matchesSample(scheduled, "DeadlineScheduled.v1");
        JsonNode data = scheduled.get("data");
        assertThat(data.get("kind").asString()).isEqualTo("GRANT_REPORT");
        assertThat(data.get("dueAt").asString())
                .isEqualTo(due.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant().toString());
        assertThat(data.get("audience").get("kind").asString()).isEqualTo("SOCIETY");
        assertThat(data.get("audience").get("societyId").asString()).isEqualTo(society.toString());
        assertThat(data.get("title").asString()).contains("济宁市期限学会").contains("结项报告");
        assertThat(data.get("link").asString()).isEqualTo("/api/funding/applications/" + grant + "/final-report");

        String report = "/api/funding/applications/" + grant + "/final-report";
        grants.ok(json(put(report).with(secretaryOf(society)), """
                {"summary":"活动圆满完成","actualAttendance":80,"heldFrom":"%s","heldTo":"%s",
                 "lines":[{"item":"场地费","actual":"4000.00"}]}""".formatted(grants.today(), grants.today())));
        grants.ok(multipart(report + "/evidence")
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()))
                .with(secretaryOf(society)));
        grants.ok(post(report + "/submission").with(secretaryOf(society)));
        matchesSample(events.next(deadline, "DeadlineMet.v1"), "DeadlineMet.v1");

        grants.ok(json(post(report + "/review").with(admin()), "{\"accepted\":false,\"comments\":\"票据不全\"}"));
        assertThat(events.next(deadline, "DeadlineScheduled.v1").get("data").get("dueAt").asString())
                .isEqualTo(data.get("dueAt").asString());
    }

    /** The record has the envelope and the shape of this service's sample of its type. */
    private void matchesSample(JsonNode event, String type) throws Exception {
        JsonNode sample = json.readTree(new ClassPathResource("events/" + type + ".json").getInputStream());
        assertThat(shape(event, "")).isEqualTo(shape(sample, ""));
        assertThat(event.get("source").asString()).isEqualTo("funding-service");
        assertThat(event.get("id").asString()).isEqualTo(event.get("data").get("eventId").asString());
        assertThat(event.get("subject").asString()).isEqualTo(event.get("data").get("deadlineId").asString());
    }

    private static Map<String, String> shape(JsonNode node, String path) {
        Map<String, String> shape = new TreeMap<>();
        shape.put(path.isEmpty() ? "$" : path, node.getNodeType().name());
        if (node.isObject()) {
            for (String field : node.propertyNames()) {
                if (!"traceparent".equals(field)) {
                    shape.putAll(shape(node.get(field), path + "." + field));
                }
            }
        }
        return shape;
    }
}
