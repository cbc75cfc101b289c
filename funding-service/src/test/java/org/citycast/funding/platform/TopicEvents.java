package org.citycast.funding.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A topic read as the CloudEvents on it, from its beginning: {@link #next} waits for the next event of a
 * type about a subject and keeps the others it reads meanwhile for later calls. Every record must be keyed
 * by its event's subject, so that one aggregate's events stay in order on one partition.
 */
public final class TopicEvents implements AutoCloseable {

    private final Consumer<String, String> consumer;
    private final JsonMapper json;
    private final List<JsonNode> received = new ArrayList<>();

    public TopicEvents(TestKafka broker, String topic, JsonMapper json) {
        this.consumer = broker.consumerOf(topic);
        this.json = json;
    }

    /** The next event of {@code type} (e.g. {@code DeadlineMet.v1}) about {@code subject}, within 15 s. */
    public JsonNode next(String subject, String type) {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            for (Iterator<JsonNode> it = received.iterator(); it.hasNext(); ) {
                JsonNode event = it.next();
                if (subject.equals(event.get("subject").asString()) && type.equals(event.get("type").asString())) {
                    it.remove();
                    return event;
                }
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("no " + type + " for " + subject + " within 15 s");
            }
            for (ConsumerRecord<String, String> record : KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))) {
                JsonNode event = json.readTree(record.value());
                assertThat(event.get("subject").asString()).as("key of the record of " + event.get("id"))
                        .isEqualTo(record.key());
                received.add(event);
            }
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
