package org.citycast.society.platform;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * The Kafka broker of a test run, whichever {@link TestInfrastructure} started: tests read its
 * address, read topics through consumers it subscribes and send records as another service would.
 */
public final class TestKafka {

    private final String bootstrapServers;
    private KafkaTemplate<String, byte[]> producer;

    TestKafka(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Sends a record as the services' producers do (a string key, the value's bytes as given) and waits for the broker. */
    public void send(ProducerRecord<String, byte[]> record) {
        producer().send(record).join();
    }

    public void send(String topic, String key, byte[] value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    private synchronized KafkaTemplate<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                    KafkaTestUtils.producerProps(bootstrapServers), new StringSerializer(), new ByteArraySerializer()));
        }
        return producer;
    }

    /**
     * A consumer of a group of its own, with string keys and values, subscribed to {@code topic} and rewound
     * to its beginning; the caller closes it.
     */
    public Consumer<String, String> consumerOf(String topic) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(bootstrapServers, "test-" + UUID.randomUUID(), false);
        Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new StringDeserializer()).createConsumer();
        consumeFrom(consumer, topic);
        return consumer;
    }

    /**
     * Subscribes {@code consumer} to {@code topic}, waits until it has its partitions and rewinds them to
     * the beginning, so that the next poll sees every record of the topic.
     */
    public void consumeFrom(Consumer<?, ?> consumer, String topic) {
        AtomicReference<Collection<TopicPartition>> assigned = new AtomicReference<>();
        consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {

            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                assigned.set(partitions);
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (assigned.get() == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no partition of " + topic + " assigned within 60 s");
            }
            consumer.poll(Duration.ofMillis(100));
        }
        consumer.seekToBeginning(assigned.get());
    }
}
