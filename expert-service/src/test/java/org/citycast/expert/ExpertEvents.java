package org.citycast.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.io.ClassPathResource;
import org.citycast.expert.platform.TestKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code expert.events} from its end, finds a record by key and type, and checks it against
 * the published sample ({@code events/<Type>.json}): the envelope, and every field of the sample,
 * at every depth, present in the record.
 */
public final class ExpertEvents implements AutoCloseable {

    private final Consumer<String, String> consumer;
    private final JsonMapper json;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public ExpertEvents(TestKafka broker, JsonMapper json) {
        this.consumer = broker.consumerOf("expert.events");
        this.json = json;
    }

    /** The record keyed {@code key} of type {@code type}, waiting up to 10 s. */
    public JsonNode await(String key, String type) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            for (ConsumerRecord<String, String> record : seen) {
                JsonNode value = json.readTree(record.value());
                if (key.equals(record.key()) && type.equals(value.get("type").asString())) {
                    return value;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + type + " keyed " + key + " within 10 s; saw "
                        + seen.stream().map(r -> r.key() + ":" + r.value().substring(0, Math.min(120,
                                r.value().length()))).toList());
            }
            KafkaTestUtils.getRecords(consumer, Duration.ofMillis(300)).forEach(seen::add);
        }
    }

    /** Every record seen so far, as text, for asserting what must never travel. */
    public String everything() {
        KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(seen::add);
        return String.join("\n", seen.stream().map(ConsumerRecord::value).toList());
    }

    /** The record has the CloudEvents envelope and every field of the sample, recursively. */
    public void matchesSample(JsonNode record, String type) throws IOException {
        JsonNode sample = json.readTree(new ClassPathResource("events/" + type + ".json").getInputStream());
        assertThat(record.get("specversion").asString()).isEqualTo("1.0");
        assertThat(record.get("source").asString()).isEqualTo("expert-service");
        assertThat(record.get("type").asString()).isEqualTo(type).isEqualTo(sample.get("type").asString());
        assertThat(record.get("id").asString()).isEqualTo(record.get("data").get("eventId").asString());
        assertThat(record.get("time").asString()).isEqualTo(record.get("data").get("occurredAt").asString());
        containsFieldsOf(record, sample, "");
    }

    private static void containsFieldsOf(JsonNode actual, JsonNode sample, String path) {
        if (sample.isObject()) {
            assertThat(actual.isObject()).as(path + " is an object").isTrue();
            for (String field : sample.propertyNames()) {
                assertThat(actual.has(field)).as("the record has " + path + field).isTrue();
                containsFieldsOf(actual.get(field), sample.get(field), path + field + ".");
            }
        } else if (sample.isArray()) {
            assertThat(actual.isArray()).as(path + " is an array").isTrue();
            if (!sample.isEmpty() && !actual.isEmpty()) {
                containsFieldsOf(actual.get(0), sample.get(0), path + "[0].");
            }
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
