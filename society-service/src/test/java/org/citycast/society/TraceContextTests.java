package org.citycast.society;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.society.platform.TestTokens.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.citycast.society.platform.CloudEventEnvelope;
import org.citycast.society.platform.IntegrationEvent;
import org.citycast.society.registration.CreditCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.core.EventSerializer;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One trace from a request to the events it caused and on through their consumers: the W3C
 * {@code traceparent} a request arrives with ends up in its events' envelopes and Kafka headers,
 * survives the outbox's storage for a later resend, and a consumer handles the event under it.
 */
@ExtendWith(OutputCaptureExtension.class)
class TraceContextTests extends ServiceTest {

    @Autowired
    Tracer tracer;
    @Autowired
    EventSerializer serializer;
    @Autowired
    EventExternalizationConfiguration externalization;

    @Test
    void theEventsOfARequestCarryItsTraceInTheEnvelopeAndTheHeader() throws Exception {
        String traceId = randomHex(16);
        String traceparent = "00-" + traceId + "-" + randomHex(8) + "-01";
        Consumer<String, String> topic = consumer();
        try {
            String body = mvc.perform(json(post("/api/societies").with(admin()), """
                    {"name":"追踪学会%s","shortName":"追%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会",
                     "creditCode":"%s","registeredOn":"2003-05-01","reason":"录入现有学会名录"}"""
                    .formatted(tag(), tag(), CreditCodes.fresh())).header("traceparent", traceparent))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            String society = json.readTree(body).get("id").asString();

            ConsumerRecord<String, String> record = recordFor(topic, society);
            JsonNode envelope = json.readTree(record.value());
            assertThat(envelope.get("traceparent").asString()).as("the envelope's traceparent")
                    .startsWith("00-" + traceId + "-");
            Header header = record.headers().lastHeader("traceparent");
            assertThat(header).as("the record's traceparent header").isNotNull();
            assertThat(new String(header.value(), StandardCharsets.UTF_8)).startsWith("00-" + traceId + "-");
        } finally {
            topic.close();
        }
    }

    /** What the outbox resends after Kafka was away: the stored publication, read back on another thread. */
    @Test
    void anEventResentLaterKeepsTheTraceOfItsRequest() throws Exception {
        Tested event = new Tested(UUID.randomUUID(), Instant.parse("2026-03-01T02:30:00Z"), "society-1");
        Span request = tracer.nextSpan().name("request").start();
        Object stored;
        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            stored = serializer.serialize(event);
        } finally {
            request.end();
        }
        String traceId = request.context().traceId();
        assertThat(stored.toString()).contains("\"traceparent\":\"00-" + traceId + "-");

        Span job = tracer.nextSpan().name("resubmission").start();
        CloudEventEnvelope resent = CompletableFuture.supplyAsync(() -> {
            try (Tracer.SpanInScope scope = tracer.withSpan(job)) {
                Tested readBack = serializer.deserialize(stored, Tested.class);
                assertThat(readBack).isEqualTo(event);
                assertThat(serializer.serialize(readBack)).as("found again by its stored form").isEqualTo(stored);
                return (CloudEventEnvelope) externalization.map(readBack);
            }
        }).get();
        job.end();
        assertThat(resent.traceparent()).startsWith("00-" + traceId + "-").doesNotContain(job.context().traceId());
        assertThat(externalization.getHeadersFor(resent)).containsEntry("traceparent", resent.traceparent());
    }

    @Test
    void aConsumerHandlesAnEventUnderTheTraceInItsHeader(CapturedOutput output) throws Exception {
        String traceId = randomHex(16);
        ObjectNode event = (ObjectNode) json.readTree(Files.readString(
                Path.of("../event-service/src/main/resources/events/EventBranded.v1.json")));
        UUID id = UUID.randomUUID();
        UUID plannedEvent = UUID.randomUUID();
        Instant time = Instant.now().minusSeconds(5);
        event.put("id", id.toString()).put("time", time.toString()).put("subject", plannedEvent.toString());
        ((ObjectNode) event.get("data")).put("eventId", id.toString()).put("occurredAt", time.toString());
        ((ObjectNode) event.get("data").get("session")).put("plannedEventId", plannedEvent.toString());
        var record = new ProducerRecord<>("event.events", plannedEvent.toString(), json.writeValueAsBytes(event));
        record.headers().add("traceparent", ("00-" + traceId + "-" + randomHex(8) + "-01")
                .getBytes(StandardCharsets.UTF_8));
        broker.send(record);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(output.getAll().lines()
                .filter(line -> line.contains("Received EventBranded.v1 " + id)))
                .singleElement().asString().contains(traceId));
    }

    record Tested(UUID eventId, Instant occurredAt, String aggregateId) implements IntegrationEvent {

        @Override
        public String eventType() {
            return "Tested.v1";
        }
    }

    private Consumer<String, String> consumer() {
        Consumer<String, String> topic = broker.consumerOf("society.events");
        return topic;
    }

    private static ConsumerRecord<String, String> recordFor(Consumer<String, String> topic, String key) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            KafkaTestUtils.getRecords(topic, Duration.ofMillis(500)).forEach(seen::add);
            return seen.stream().anyMatch(r -> key.equals(r.key()));
        });
        return seen.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
