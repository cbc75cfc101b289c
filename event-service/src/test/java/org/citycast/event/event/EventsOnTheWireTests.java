package org.citycast.event.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.event.platform.TestTokens.admin;
import static org.citycast.event.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.event.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import tools.jackson.databind.JsonNode;

/**
 * Producer tests: each event of {@code event.events} is published for real, through the outbox, and
 * the Kafka record carries the CloudEvents envelope and every field of its documented sample.
 */
class EventsOnTheWireTests extends Scenario {

    Consumer<String, String> topic;
    final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    @BeforeEach
    void listen() {
        topic = broker.consumerOf("event.events");
    }

    @AfterEach
    void close() {
        topic.close();
    }

    @Test
    void everyEventGoesOutAsDocumented() throws Exception {
        int year = Year.now().getValue();
        UUID organiser = society("济宁市线上学会" + UUID.randomUUID().toString().substring(0, 6));
        UUID partner = society("济宁市协办学会" + UUID.randomUUID().toString().substring(0, 6));
        UUID speaker = expert("李明", partner);
        mvc.perform(json(put("/api/events/plans/" + year + "/deadline").with(admin()), """
                {"dueOn":"%d-12-31"}""".formatted(year))).andExpect(status().isOk());

        JsonNode plan = body(mvc.perform(json(post("/api/events/plans/" + year + "/events").with(secretaryOf(organiser)), """
                        {"title":"学术年会","kind":"ANNUAL_MEETING","plannedMonth":9,"expectedAttendance":2000,
                         "partners":"济宁医学院附属医院"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String planId = plan.get("id").asString();
        mvc.perform(json(post("/api/events/academic-hall/sessions").with(admin()), """
                {"plannedEventId":"%s"}""".formatted(planId))).andExpect(status().isCreated());

        Instant start = Instant.now().minus(Duration.ofHours(1));
        JsonNode event = body(mvc.perform(json(post("/api/events").with(secretaryOf(organiser)), """
                        {"plannedEventId":"%s","coOrganiserIds":["%s"],"title":"学术年会","titleEn":"Annual Meeting",
                         "kind":"ANNUAL_MEETING","startsAt":"%s","endsAt":"%s","venue":"济宁市会展中心","capacity":100,
                         "speakers":[{"expertId":"%s","topic":"开幕报告"}],
                         "subForums":[{"title":"心血管分论坛","startsAt":"%s","endsAt":"%s","venue":"A厅","capacity":30,
                                       "speakers":[{"name":"王芳","title":"教授","employer":"山东大学"}]}]}"""
                        .formatted(planId, partner, start, start.plus(Duration.ofHours(4)), speaker,
                                start.plus(Duration.ofHours(1)), start.plus(Duration.ofHours(2)))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String eventId = event.get("id").asString();
        String forumId = event.get("subForums").get(0).get("id").asString();
        mvc.perform(post("/api/events/" + eventId + "/publication").with(secretaryOf(organiser)))
                .andExpect(status().isOk());
        JsonNode ticket = body(mvc.perform(signUp(eventId, "张三", "济宁", phone(1), null))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        JsonNode forumTicket = body(mvc.perform(signUp(eventId, "张三", "济宁", phone(1), forumId))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        for (JsonNode t : List.of(ticket, forumTicket)) {
            mvc.perform(json(post("/api/events/" + eventId + "/check-ins").with(secretaryOf(organiser)), """
                    {"ticketCode":"%s"}""".formatted(t.get("ticketCode").asString()))).andExpect(status().isOk());
        }
        mvc.perform(post("/api/events/" + eventId + "/held").with(secretaryOf(organiser))).andExpect(status().isOk());

        JsonNode other = draft(organiser, 10, "LECTURE");
        mvc.perform(post("/api/events/" + other.get("id").asString() + "/publication").with(admin()));
        mvc.perform(json(post("/api/events/" + other.get("id").asString() + "/cancellation").with(admin()), """
                {"reason":"讲者临时有事"}""")).andExpect(status().isOk());

        JsonNode planned = record(planId, "EventPlanned.v1");
        assertThat(planned.get("data").get("plannedEvent").get("societyId").asString()).isEqualTo(organiser.toString());
        matchesSample(planned, "EventPlanned.v1");

        JsonNode branded = record(planId, "EventBranded.v1");
        assertThat(branded.get("data").get("session").get("label").asString()).startsWith("城市科协学术会堂第");
        matchesSample(branded, "EventBranded.v1");

        JsonNode published = record(eventId, "EventPublished.v1");
        assertThat(published.get("data").get("event").get("academicHallSession").asString())
                .isEqualTo(branded.get("data").get("session").get("label").asString());
        assertThat(published.get("data").get("event").get("speakers").get(0).get("name").asString()).isEqualTo("李明");
        matchesSample(published, "EventPublished.v1");

        JsonNode held = record(eventId, "EventHeld.v1");
        JsonNode figures = held.get("data").get("figures");
        assertThat(figures.get("attended").asInt()).isEqualTo(1);
        assertThat(figures.get("registered").asInt()).isEqualTo(1);
        assertThat(figures.get("attendedBySubForum").get(0).get("attended").asInt()).isEqualTo(1);
        assertThat(figures.get("attendedByCity").get("济宁").asInt()).isEqualTo(1);
        assertThat(held.toString()).doesNotContain(phone(1)).doesNotContain("张三");
        matchesSample(held, "EventHeld.v1");

        JsonNode cancelled = record(other.get("id").asString(), "EventCancelled.v1");
        assertThat(cancelled.get("data").get("reason").asString()).isEqualTo("讲者临时有事");
        assertThat(cancelled.get("data").get("previousStatus").asString()).isEqualTo("PUBLISHED");
        matchesSample(cancelled, "EventCancelled.v1");
    }

    private JsonNode record(String key, String type) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> r : KafkaTestUtils.getRecords(topic, Duration.ofMillis(300))) {
                seen.add(r);
            }
            for (ConsumerRecord<String, String> r : seen) {
                JsonNode node = body(r.value());
                if (key.equals(r.key()) && type.equals(node.get("type").asString())) {
                    return node;
                }
            }
        }
        throw new AssertionError("no " + type + " keyed " + key + " within 15 s");
    }

    private void matchesSample(JsonNode record, String type) throws Exception {
        JsonNode sample = json.readTree(new ClassPathResource("events/" + type + ".json").getInputStream());
        assertThat(record.get("specversion").asString()).isEqualTo("1.0");
        assertThat(record.get("source").asString()).isEqualTo("event-service");
        assertThat(record.get("type").asString()).isEqualTo(type);
        assertThat(record.get("id").asString()).isEqualTo(record.get("data").get("eventId").asString());
        containsFieldsOf(sample, record, "");
    }

    /**
     * Every field of the sample is in the record, recursively (lists compared on their first elements;
     * maps keyed by data, such as cities, only as maps).
     */
    private static void containsFieldsOf(JsonNode sample, JsonNode actual, String path) {
        if (path.endsWith(".attendedByCity")) {
            assertThat(actual.isObject()).as(path + " is a map").isTrue();
        } else if (sample.isObject()) {
            assertThat(actual.isObject()).as(path + " is an object").isTrue();
            for (String field : sample.propertyNames()) {
                assertThat(actual.has(field)).as(path + "." + field + " is in the record").isTrue();
                containsFieldsOf(sample.get(field), actual.get(field), path + "." + field);
            }
        } else if (sample.isArray()) {
            assertThat(actual.isArray()).as(path + " is a list").isTrue();
            if (!sample.isEmpty() && !actual.isEmpty()) {
                containsFieldsOf(sample.get(0), actual.get(0), path + "[0]");
            }
        }
    }
}
