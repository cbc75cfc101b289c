package org.citycast.event;

import static org.awaitility.Awaitility.await;
import static org.citycast.event.platform.TestTokens.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Helpers for the feature tests: societies and experts made known the way the service learns of them
 * (their producers' published samples, sent through Kafka), and events set up through the API.
 * Adds nothing to the shared Spring context.
 */
public abstract class Scenario extends ServiceTest {

    static final Path SOCIETY_SAMPLE = Path.of("../society-service/src/main/resources/events/SocietyRegistered.v1.json");
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** A society in good standing that event-service has heard of. */
    protected UUID society(String name) throws Exception {
        UUID id = UUID.randomUUID();
        ObjectNode event = (ObjectNode) json.readTree(Files.readString(SOCIETY_SAMPLE));
        UUID eventId = UUID.randomUUID();
        String time = Instant.now().minusSeconds(1).toString();
        event.put("id", eventId.toString()).put("time", time).put("subject", id.toString());
        ((ObjectNode) event.get("data")).put("eventId", eventId.toString()).put("occurredAt", time);
        ((ObjectNode) event.get("data").get("society")).put("id", id.toString()).put("name", name)
                .put("shortName", name).put("status", "ACTIVE").putNull("creditCode");
        send("society.events", id.toString(), event);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from society where id = ?")
                .param(id).query(Long.class).single() == 1);
        return id;
    }

    /** A pool expert as expert-service announces them: its own published sample, with this expert's fields. */
    protected UUID expert(String name, UUID... societies) throws Exception {
        return expertEvent(UUID.randomUUID(), "ExpertAdmitted.v1", name, Instant.now().minusSeconds(1), societies);
    }

    protected UUID expertEvent(UUID expert, String type, String name, Instant time, UUID... societies)
            throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(
                Path.of("../expert-service/src/main/resources/events/ExpertAdmitted.v1.json").toFile());
        UUID eventId = UUID.randomUUID();
        event.put("id", eventId.toString()).put("type", type).put("time", time.toString())
                .put("subject", expert.toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("eventId", eventId.toString()).put("occurredAt", time.toString());
        ObjectNode summary = (ObjectNode) data.get("expert");
        summary.put("id", expert.toString()).put("name", name);
        ArrayNode ids = summary.putArray("societies");
        for (UUID society : societies) {
            ids.add(society.toString());
        }
        send("expert.events", expert.toString(), event);
        // a marker after it on the same partition: once the marker is applied, so is (or was skipped) this event
        if (!"marker".equals(name)) {
            UUID marker = expertEvent(UUID.randomUUID(), "ExpertAdmitted.v1", "marker", Instant.now().minusSeconds(1));
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from expert where id = ?")
                    .param(marker).query(Long.class).single() == 1);
        }
        return expert;
    }

    protected void send(String topic, String key, JsonNode event) throws Exception {
        broker.send(topic, key, json.writeValueAsBytes(event));
    }

    /** A published event of {@code organiser} that started an hour ago and ends in three, with the given sub-forums. */
    protected JsonNode publishedEvent(UUID organiser, int capacity, String kind, int... forumCapacities)
            throws Exception {
        JsonNode event = draft(organiser, capacity, kind, forumCapacities);
        return body(mvc.perform(post("/api/events/" + event.get("id").asString() + "/publication").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    protected JsonNode draft(UUID organiser, int capacity, String kind, int... forumCapacities) throws Exception {
        Instant start = Instant.now().minus(Duration.ofHours(1));
        StringBuilder forums = new StringBuilder();
        for (int i = 0; i < forumCapacities.length; i++) {
            forums.append(i == 0 ? "" : ",").append("""
                    {"title":"分论坛%d","startsAt":"%s","endsAt":"%s","venue":"%d号厅","capacity":%d}"""
                    .formatted(i + 1, start.plus(Duration.ofHours(1)), start.plus(Duration.ofHours(2)), i + 1,
                            forumCapacities[i]));
        }
        String request = """
                {"organiserId":"%s","title":"测试活动%s","kind":"%s","startsAt":"%s","endsAt":"%s",
                 "venue":"济宁市科技馆","capacity":%d,"subForums":[%s]}""".formatted(organiser,
                UUID.randomUUID().toString().substring(0, 6), kind, start, start.plus(Duration.ofHours(4)), capacity,
                forums);
        return body(mvc.perform(json(post("/api/events").with(admin()), request))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    /** A public sign-up form; each call comes from another client address unless one is given. */
    protected MockHttpServletRequestBuilder signUp(String eventId, String name, String city, String phone,
            String subForumId) {
        String body = """
                {"name":"%s","organisation":"某单位","city":"%s","phone":"%s"%s}""".formatted(name, city, phone,
                subForumId == null ? "" : ",\"subForumId\":\"" + subForumId + "\"");
        return json(post("/api/events/public/events/" + eventId + "/registrations"), body).with(from(nextAddress()));
    }

    protected static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    protected static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "127." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    /** A mobile number of its own for each registrant. */
    protected static String phone(int n) {
        return "139" + String.format("%08d", n);
    }

    protected JsonNode body(String content) {
        return json.readTree(content);
    }

    protected static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(node -> node.get(field).asString()).toList();
    }
}
