package org.citycast.publicity.society;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.citycast.publicity.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SocietyReadModelTests extends ServiceTest {

    /** society-service's published sample of the event; the consumer must understand it as documented. */
    static final Path CONTRACT = Path.of("../society-service/src/main/resources/events/SocietyRegistered.v1.json");

    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedKafkaBroker broker;

    private static KafkaTemplate<String, byte[]> template;

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
        UUID eventId = UUID.randomUUID();
        Instant time = Instant.parse("2026-03-01T02:30:00Z");
        send(registered(eventId, society, "济宁市农学会", "ACTIVE", time));
        awaitStatus(society, "ACTIVE");

        send(registered(eventId, society, "重复投递的名字", "DISQUALIFIED", time.plusSeconds(60)));
        send(registered(UUID.randomUUID(), society, "济宁市农业学会", "ACTIVE", time.plusSeconds(120)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(name(society)).isEqualTo("济宁市农业学会"));
        assertThat(jdbc.sql("select count(*) from processed_event where event_id = ?").param(eventId)
                .query(Long.class).single()).isEqualTo(1);
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
        Consumer<String, String> deadLetters = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "dlt-" + UUID.randomUUID(), false),
                new StringDeserializer(), new StringDeserializer()).createConsumer();
        broker.consumeFromAnEmbeddedTopic(deadLetters, "society.events.DLT");
        try (deadLetters) {
            String key = UUID.randomUUID().toString();
            template().send(new ProducerRecord<>("society.events", key, "{not json".getBytes())).get();
            UUID society = UUID.randomUUID();
            send(registered(UUID.randomUUID(), society, "济宁市信息学会", "ACTIVE", Instant.now()));

            awaitStatus(society, "ACTIVE");
            var record = KafkaTestUtils.getSingleRecord(deadLetters, "society.events.DLT", Duration.ofSeconds(10));
            assertThat(record.key()).isEqualTo(key);
            assertThat(record.value()).isEqualTo("{not json");
        }
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
        template().send("society.events", event.get("subject").asString(), json.writeValueAsBytes(event)).get();
    }

    private KafkaTemplate<String, byte[]> template() {
        if (template == null) {
            Map<String, Object> props = KafkaTestUtils.producerProps(broker);
            template = new KafkaTemplate<>(
                    new DefaultKafkaProducerFactory<>(props, new StringSerializer(), new ByteArraySerializer()));
        }
        return template;
    }

    private void awaitStatus(UUID society, String expected) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(statusOf(society)).isEqualTo(expected));
    }

    private String statusOf(UUID society) {
        return jdbc.sql("select status from society where id = ?").param(society).query(String.class).optional().orElse(null);
    }

    private String name(UUID society) {
        return jdbc.sql("select name from society where id = ?").param(society).query(String.class).optional().orElse(null);
    }
}
