package org.citycast.event.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What this service's consumers sent to the dead-letter topics, with the reason, for ADMIN to see;
 * after a fix, a dead letter is replayed onto its original topic (consumers deduplicate, so the
 * other services skip it if they had applied it), with the trace it carried, so that its second
 * attempt is found under the same trace id as the request that caused it. Read from Kafka itself:
 * the topics are the record.
 */
@RestController
@RequestMapping("${platform.api.prefix}/dead-letters")
@PreAuthorize("hasRole('ADMIN')")
class DeadLetters {

    /** At most this many of the newest dead letters per partition are listed. */
    static final int NEWEST = 200;

    record DeadLetter(String topic, int partition, long offset, String originalTopic, String key, String consumer,
            String reason, Instant failedAt, String value, String traceparent) {
    }

    private final KafkaListenerEndpointRegistry listeners;
    private final ConsumerFactory<?, ?> consumers;
    private final KafkaOperations<Object, Object> kafka;
    private final String service;

    DeadLetters(KafkaListenerEndpointRegistry listeners, ConsumerFactory<?, ?> consumers,
            KafkaOperations<Object, Object> kafka, @Value("${spring.application.name}") String service) {
        this.listeners = listeners;
        this.consumers = consumers;
        this.kafka = kafka;
        this.service = service;
    }

    @GetMapping
    List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        Set<String> topics = consumedTopics();
        if (topics.isEmpty()) {
            return letters;
        }
        Properties bytes = new Properties();
        bytes.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        bytes.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        bytes.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (Consumer<?, ?> consumer = consumers.createConsumer(service + ".dead-letters", service + "-dead-letters",
                null, bytes)) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic + ".DLT", Duration.ofSeconds(5)).stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, Math.max(0, ends.get(partition) - NEWEST));
            }
            Instant deadline = Instant.now().plusSeconds(10);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<?, ?> record : consumer.poll(Duration.ofMillis(200))) {
                    String group = header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
                    if (group != null && group.startsWith(service + ".")) {
                        letters.add(new DeadLetter(record.topic(), record.partition(), record.offset(),
                                header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC), text(record.key()), group,
                                header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE), Instant.ofEpochMilli(record.timestamp()),
                                text(record.value()), header(record, EventTraces.FIELD)));
                    }
                }
            }
        }
        letters.sort(Comparator.comparing(DeadLetter::failedAt).reversed());
        return letters;
    }

    @PostMapping("/{topic}/{partition}/{offset}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeadLetter replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        DeadLetter letter = list().stream()
                .filter(l -> l.topic().equals(topic) && l.partition() == partition && l.offset() == offset)
                .findFirst().orElseThrow(() -> DomainException.notFound("Dead letter", topic + "/" + partition + "/" + offset));
        var record = new ProducerRecord<Object, Object>(letter.originalTopic(), letter.key(), letter.value() == null ? null
                : letter.value().getBytes(StandardCharsets.UTF_8));
        if (letter.traceparent() != null) {
            record.headers().add(EventTraces.FIELD, letter.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        kafka.send(record).join();
        return letter;
    }

    private Set<String> consumedTopics() {
        Set<String> topics = new TreeSet<>();
        listeners.getListenerContainers().forEach(container -> {
            if (container instanceof AbstractMessageListenerContainer<?, ?> listener
                    && listener.getContainerProperties().getTopics() != null) {
                topics.addAll(List.of(listener.getContainerProperties().getTopics()));
            }
        });
        return topics;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String text(Object bytes) {
        return bytes instanceof byte[] raw ? new String(raw, StandardCharsets.UTF_8) : bytes == null ? null : bytes.toString();
    }
}
