package org.citycast.expert.society;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.expert.platform.TestTokens.admin;
import static org.citycast.expert.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.citycast.expert.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The society read model every consuming service keeps, fed with society-service's published samples. */
class SocietyReadModelTests extends ServiceTest {

    /** society-service's published sample of the event; the consumer must understand it as documented. */
    static final Path CONTRACT = Path.of("../society-service/src/main/resources/events/SocietyRegistered.v1.json");

    @Autowired
    MeterRegistry meters;
    @Value("${platform.api.prefix}")
    String prefix;

    @Test
    void aRegisteredSocietyBecomesKnown() throws Exception {
        UUID society = UUID.randomUUID();
        send(registered(UUID.randomUUID(), society, "济宁市医学会", "ACTIVE", Instant.parse("2026-03-01T02:30:00Z")));

        awaitStatus(society, "ACTIVE");
        assertThat(name(society)).isEqualTo("济宁市医学会");
    }

    @Test
    void aRepeatedEventIsAppliedOnce() throws Exception {
        UUID society = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        // equal times, so that only deduplication, not the ordering guard, can stop the repeat
        Instant time = Instant.parse("2026-03-01T02:30:00Z");
        send(registered(first, society, "济宁市农学会", "ACTIVE", time));
        awaitStatus(society, "ACTIVE");
        send(registered(UUID.randomUUID(), society, "济宁市农业学会", "ACTIVE", time));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(name(society)).isEqualTo("济宁市农业学会"));
        long applications = version(society);

        send(registered(first, society, "济宁市农学会", "ACTIVE", time));
        UUID marker = UUID.randomUUID();
        send(registered(UUID.randomUUID(), marker, "标记学会", "ACTIVE", time));
        awaitStatus(marker, "ACTIVE");

        assertThat(name(society)).isEqualTo("济宁市农业学会");
        assertThat(version(society)).isEqualTo(applications);
    }

    @Test
    void eventsOutsideTheContractGoToTheDeadLetterTopicWithTheirReason() throws Exception {
        UUID society = UUID.randomUUID();
        ObjectNode unknownVersion = registered(UUID.randomUUID(), society, "济宁市二版学会", "ACTIVE", Instant.now());
        unknownVersion.put("type", "SocietyRegistered.v2");
        ObjectNode wrongSubject = registered(UUID.randomUUID(), society, "济宁市错位学会", "ACTIVE", Instant.now());
        wrongSubject.put("subject", UUID.randomUUID().toString());
        ObjectNode fromTheFuture = registered(UUID.randomUUID(), society, "济宁市未来学会", "ACTIVE",
                Instant.now().plus(Duration.ofDays(1)));
        ObjectNode wrongProducer = registered(UUID.randomUUID(), society, "济宁市冒名学会", "ACTIVE", Instant.now());
        wrongProducer.put("source", "event-service");

        Consumer<String, String> deadLetters = deadLetterConsumer();
        try (deadLetters) {
            for (ObjectNode rejected : new ObjectNode[] {unknownVersion, wrongSubject, fromTheFuture, wrongProducer}) {
                send(rejected);
            }
            UUID marker = UUID.randomUUID();
            send(registered(UUID.randomUUID(), marker, "标记学会", "ACTIVE", Instant.now()));
            awaitStatus(marker, "ACTIVE");

            List<String> reasons = new ArrayList<>();
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                for (var record : deadLetters.poll(Duration.ofMillis(200))) {
                    if (record.value().contains(society.toString())) {
                        reasons.add(new String(record.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE).value(),
                                StandardCharsets.UTF_8));
                    }
                }
                return reasons.size() >= 4;
            });
            assertThat(reasons).hasSize(4)
                    .anySatisfy(reason -> assertThat(reason).contains("Unknown event type 'SocietyRegistered.v2'"))
                    .anySatisfy(reason -> assertThat(reason).contains("is not the id at data.society.id"))
                    .anySatisfy(reason -> assertThat(reason).contains("in the future"))
                    .anySatisfy(reason -> assertThat(reason).contains("Unexpected producer 'event-service'"));
        }
        assertThat(statusOf(society)).isNull();
    }

    @Test
    void anOlderEventArrivingLateDoesNotOverwriteNewerState() throws Exception {
        UUID society = UUID.randomUUID();
        Instant time = Instant.parse("2026-03-01T02:30:00Z");
        send(registered(UUID.randomUUID(), society, "济宁市城建学会", "DISQUALIFIED", time.plusSeconds(600)));
        awaitStatus(society, "DISQUALIFIED");

        send(registered(UUID.randomUUID(), society, "济宁市城建学会", "ACTIVE", time));
        UUID marker = UUID.randomUUID();
        send(registered(UUID.randomUUID(), marker, "标记学会", "ACTIVE", time));
        awaitStatus(marker, "ACTIVE");

        assertThat(statusOf(society)).isEqualTo("DISQUALIFIED");
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextOneIsStillApplied() throws Exception {
        Consumer<String, String> deadLetters = deadLetterConsumer();
        try (deadLetters) {
            String key = UUID.randomUUID().toString();
            broker.send(new ProducerRecord<>("society.events", key, "{not json".getBytes()));
            UUID society = UUID.randomUUID();
            send(registered(UUID.randomUUID(), society, "济宁市信息学会", "ACTIVE", Instant.now()));

            awaitStatus(society, "ACTIVE");
            var record = KafkaTestUtils.getSingleRecord(deadLetters, "society.events.DLT", Duration.ofSeconds(10));
            assertThat(record.key()).isEqualTo(key);
            assertThat(record.value()).isEqualTo("{not json");
        }
    }

    @Test
    void adminSeesDeadLettersWithTheirReasonAndCanReplayOneUnderItsTrace() throws Exception {
        UUID society = UUID.randomUUID();
        ObjectNode unknown = registered(UUID.randomUUID(), society, "济宁市重放学会", "ACTIVE", Instant.now());
        unknown.put("type", "SocietyRegistered.v9");
        String traceparent = "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-01";
        var record = new ProducerRecord<String, byte[]>("society.events", society.toString(), json.writeValueAsBytes(unknown));
        record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        broker.send(record);
        String eventId = unknown.get("id").asString();

        JsonNode letter = await().atMost(Duration.ofSeconds(15)).until(() -> deadLettersOf(eventId), list -> list.size() == 1)
                .get(0);
        assertThat(letter.get("reason").asString()).contains("Unknown event type 'SocietyRegistered.v9'");
        assertThat(letter.get("originalTopic").asString()).isEqualTo("society.events");
        mvc.perform(get(prefix + "/dead-letters").with(secretaryOf(society))).andExpect(status().isForbidden());

        mvc.perform(post(prefix + "/dead-letters/" + letter.get("topic").asString() + "/" + letter.get("partition").asInt()
                        + "/" + letter.get("offset").asLong() + "/replay").with(admin()))
                .andExpect(status().isAccepted());
        // replayed onto society.events, read again by the consumer, refused again: a second dead letter
        List<JsonNode> letters = await().atMost(Duration.ofSeconds(15))
                .until(() -> deadLettersOf(eventId), list -> list.size() == 2);
        // the replayed record carried the original trace, which the second dead letter kept
        String traceId = traceparent.substring(3, 35);
        assertThat(letters).allSatisfy(l -> assertThat(l.get("traceparent").asString()).contains(traceId));
        assertThat(meters.counter("platform.dead.letters", "topic", "society.events").count()).isGreaterThanOrEqualTo(2);
    }

    private List<JsonNode> deadLettersOf(String eventId) throws Exception {
        String body = mvc.perform(get(prefix + "/dead-letters").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<JsonNode> letters = new ArrayList<>();
        json.readTree(body).forEach(letter -> {
            if (letter.get("value").asString().contains(eventId)) {
                letters.add(letter);
            }
        });
        return letters;
    }

    /** Reads the dead-letter topic from its end, so that only this test's records are seen. */
    private Consumer<String, String> deadLetterConsumer() {
        Consumer<String, String> consumer = broker.consumerOf("society.events.DLT");
        return consumer;
    }

    private ObjectNode registered(UUID eventId, UUID society, String name, String status, Instant time)
            throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(Files.readString(CONTRACT));
        event.put("id", eventId.toString()).put("time", time.toString()).put("subject", society.toString());
        ((ObjectNode) event.get("data")).put("eventId", eventId.toString()).put("occurredAt", time.toString());
        ((ObjectNode) event.get("data").get("society")).put("id", society.toString()).put("name", name)
                .put("status", status);
        return event;
    }

    private void send(ObjectNode event) throws Exception {
        broker.send("society.events", event.get("subject").asString(), json.writeValueAsBytes(event));
    }

    private void awaitStatus(UUID society, String expected) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(statusOf(society)).isEqualTo(expected));
    }

    private String statusOf(UUID society) {
        return jdbc.sql("select status from society where id = ?").param(society).query(String.class).optional().orElse(null);
    }

    private long version(UUID society) {
        return jdbc.sql("select version from society where id = ?").param(society).query(Long.class).single();
    }

    private String name(UUID society) {
        return jdbc.sql("select name from society where id = ?").param(society).query(String.class).optional().orElse(null);
    }
}
