package org.citycast.society.platform;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/**
 * The Kafka broker of a test run, whichever {@link TestInfrastructure} started: tests read its
 * address and subscribe their own consumers through it.
 */
public record TestKafka(String bootstrapServers) {

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
