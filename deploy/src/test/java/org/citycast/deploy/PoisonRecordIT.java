package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.deploy.Faults.admin;
import static org.citycast.deploy.Faults.endOffsets;
import static org.citycast.deploy.Faults.producer;
import static org.citycast.deploy.Faults.reader;
import static org.citycast.deploy.Faults.societyVersions;
import static org.citycast.deploy.Platform.get;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.tokenFor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.utils.Utils;
import org.citycast.deploy.Platform.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Two poison records on every partition of every consumed topic, written straight to the broker: one
 * that is not JSON at all and one in a proper envelope from a producer that does not own the topic.
 * Each consuming service sends both to the topic's dead-letter topic with the reason in its headers
 * and shows them in its ADMIN listing; no partition stops: the consumers' committed offsets move past
 * them, and real events written through the API after them onto the same partitions are applied.
 */
class PoisonRecordIT {

    static final String SOCIETY_TOPIC = "society.events";
    static final List<String> READ_MODELS = List.of("funding-service", "expert-service", "event-service",
            "publicity-service");
    static final Map<String, String> PREFIXES = Map.of("society-service", "/api/societies", "funding-service",
            "/api/funding", "expert-service", "/api/experts", "event-service", "/api/events", "publicity-service",
            "/api/publicity");

    @Test
    void poisonOnEveryTopicGoesToItsDeadLetterTopicWithItsReasonAndEveryPartitionKeepsFlowing() throws Exception {
        String admin = tokenFor("admin");
        String marker = "poison-" + Faults.unique();
        Map<String, Map<TopicPartition, Long>> poisonEnds = new TreeMap<>();
        Map<String, Map<TopicPartition, Long>> dltStarts = new HashMap<>();
        Map<String, Set<String>> groups;
        int sent = 0;
        try (Admin kafka = admin(); KafkaProducer<String, byte[]> producer = producer()) {
            groups = consumerGroupsByTopic(kafka);
            for (String topic : Faults.TOPICS) {
                assertThat(groups.get(topic)).as("consumers of " + topic).isNotEmpty();
                dltStarts.put(topic, endOffsets(kafka, topic + ".DLT"));
                for (TopicPartition partition : endOffsets(kafka, topic).keySet()) {
                    producer.send(new ProducerRecord<>(topic, partition.partition(), marker,
                            "{\"id\": not json".getBytes(StandardCharsets.UTF_8))).get();
                    producer.send(new ProducerRecord<>(topic, partition.partition(), marker,
                            intruder(marker).getBytes(StandardCharsets.UTF_8))).get();
                    sent += 2;
                }
                poisonEnds.put(topic, endOffsets(kafka, topic));
            }
        }

        // real events after the poison, through the API, until every partition of society.events has one
        Map<Integer, UUID> after = new TreeMap<>();
        int partitions = poisonEnds.get(SOCIETY_TOPIC).size();
        for (int i = 0; after.size() < partitions && i < 40; i++) {
            Response created = post("/api/societies", admin, """
                    {"name":"济宁市毒消息后学会%s-%02d","disciplineCategory":"ENGINEERING","hostUnit":"市科学技术协会",
                     "reason":"端到端测试：毒消息之后的正常事件"}""".formatted(marker, i));
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            String id = created.body().get("id").asString();
            // the producer's default partitioner: murmur2 of the key (the society id), as Kafka computes it
            after.putIfAbsent(Utils.toPositive(Utils.murmur2(id.getBytes(StandardCharsets.UTF_8))) % partitions,
                    UUID.fromString(id));
        }
        assertThat(after).hasSize(partitions);
        long flowing = System.nanoTime();
        for (String service : READ_MODELS) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(societyVersions(service, after.values()).keySet()).as(service)
                            .containsExactlyInAnyOrderElementsOf(after.values()));
        }
        System.out.printf("poison: the events after the poison on each of %d partitions of %s reached all %d read"
                + " models %.1f s after the last was written%n", partitions, SOCIETY_TOPIC, READ_MODELS.size(),
                (System.nanoTime() - flowing) / 1e9);

        // every consumer group of every topic has committed past the poison
        try (Admin kafka = admin()) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                for (var topic : poisonEnds.entrySet()) {
                    for (String group : groups.get(topic.getKey())) {
                        Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(group)
                                .partitionsToOffsetAndMetadata().get();
                        topic.getValue().forEach((partition, end) -> {
                            OffsetAndMetadata at = committed.get(partition);
                            assertThat(at == null ? -1 : at.offset()).as(group + " on " + partition)
                                    .isGreaterThanOrEqualTo(end);
                        });
                    }
                }
            });
        }

        // the dead letters, with the consumer and the reason in their headers
        Map<String, Integer> deadLetters = new TreeMap<>();
        Map<String, Set<String>> deadLetteringServices = new TreeMap<>();
        for (String topic : Faults.TOPICS) {
            List<ConsumerRecord<String, byte[]>> letters = deadLetters(topic, dltStarts.get(topic), marker);
            deadLetters.put(topic, letters.size());
            Set<String> services = new HashSet<>();
            for (ConsumerRecord<String, byte[]> letter : letters) {
                String group = header(letter, "kafka_dlt-original-consumer-group");
                String reason = header(letter, "kafka_dlt-exception-message");
                assertThat(group).isNotNull();
                assertThat(reason).as(group).containsAnyOf("Not a CloudEvents record", "Unexpected producer 'intruder-service'");
                services.add(group.substring(0, group.indexOf('.')));
            }
            int perTopic = poisonEnds.get(topic).size() * 2;
            for (String service : services) {
                long ofService = letters.stream().filter(l -> header(l, "kafka_dlt-original-consumer-group")
                        .startsWith(service + ".")).map(l -> header(l, "kafka_dlt-original-offset") + "/"
                        + header(l, "kafka_dlt-original-partition")).distinct().count();
                assertThat(ofService).as(service + "'s dead letters from " + topic).isEqualTo(perTopic);
            }
            Set<String> consumingServices = new HashSet<>();
            groups.get(topic).forEach(g -> consumingServices.add(g.substring(0, g.indexOf('.'))));
            assertThat(services).as("services that dead-lettered the poison of " + topic)
                    .containsExactlyInAnyOrderElementsOf(consumingServices);
            deadLetteringServices.put(topic, services);
        }

        // and each consuming service's ADMIN listing shows them with their reason
        Map<String, Long> listed = new TreeMap<>();
        for (var topic : deadLetteringServices.entrySet()) {
            for (String service : topic.getValue()) {
                Response listing = get(PREFIXES.get(service) + "/dead-letters", admin);
                assertThat(listing.status()).as(listing.raw()).isEqualTo(200);
                List<JsonNode> ours = listing.body().valueStream()
                        .filter(l -> marker.equals(l.path("key").asString())
                                && topic.getKey().equals(l.path("originalTopic").asString())).toList();
                assertThat(ours).as(service + " listing of " + topic.getKey()).hasSize(poisonEnds.get(topic.getKey()).size() * 2);
                assertThat(ours).allSatisfy(l -> assertThat(l.get("reason").asString()).isNotBlank());
                listed.merge(service, (long) ours.size(), Long::sum);
            }
        }
        System.out.printf("poison: %d poison records sent to %s; dead letters per topic %s from services %s; listed by"
                + " ADMIN per service %s%n", sent, Faults.TOPICS, deadLetters, deadLetteringServices, listed);
    }

    /** A well-formed envelope, as a service that does not own the topic would send it. */
    private static String intruder(String marker) {
        UUID subject = UUID.randomUUID();
        return """
                {"specversion":"1.0","id":"%s","source":"intruder-service","type":"SocietyRegistered.v1","time":"%s",
                 "subject":"%s","datacontenttype":"application/json","data":{"marker":"%s","society":{"id":"%s"}}}"""
                .formatted(UUID.randomUUID(), Instant.now(), subject, marker, subject);
    }

    /**
     * The consumer groups of the platform's running services (named {@code <service>.<consumer>}, with
     * members now) by the topics they consume.
     */
    private static Map<String, Set<String>> consumerGroupsByTopic(Admin kafka) throws Exception {
        List<String> named = kafka.listConsumerGroups().all().get().stream().map(g -> g.groupId())
                .filter(g -> g.matches("[a-z]+-service\\.[a-z-]+") && !g.endsWith(".dead-letters")).toList();
        Map<String, Set<String>> groups = new HashMap<>();
        for (var group : kafka.describeConsumerGroups(named).all().get().values()) {
            group.members().forEach(member -> member.assignment().topicPartitions().forEach(partition ->
                    groups.computeIfAbsent(partition.topic(), t -> new HashSet<>()).add(group.groupId())));
        }
        return groups;
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(String topic, Map<TopicPartition, Long> from,
            String marker) {
        List<ConsumerRecord<String, byte[]>> letters = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> reader = reader(); Admin kafka = admin()) {
            Map<TopicPartition, Long> to = endOffsets(kafka, topic + ".DLT");
            reader.assign(new ArrayList<>(from.keySet()));
            from.forEach(reader::seek);
            while (from.keySet().stream().anyMatch(p -> reader.position(p) < to.get(p))) {
                for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(500))) {
                    if (marker.equals(record.key())) {
                        letters.add(record);
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return letters;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            return null;
        }
        if (name.endsWith("offset") || name.endsWith("partition")) {
            return String.valueOf(header.value().length == 8 ? ByteBuffer.wrap(header.value()).getLong()
                    : ByteBuffer.wrap(header.value()).getInt());
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
