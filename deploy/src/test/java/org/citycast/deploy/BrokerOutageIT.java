package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.deploy.Faults.admin;
import static org.citycast.deploy.Faults.applied;
import static org.citycast.deploy.Faults.atOnce;
import static org.citycast.deploy.Faults.endOffsets;
import static org.citycast.deploy.Faults.eventIdsAbout;
import static org.citycast.deploy.Faults.script;
import static org.citycast.deploy.Faults.societyNames;
import static org.citycast.deploy.Faults.societyVersions;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.put;
import static org.citycast.deploy.Platform.tokenFor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.citycast.deploy.Platform.Response;
import org.junit.jupiter.api.Test;


/**
 * The outbox promise, for real: with the Kafka broker stopped, hundreds of writes through the
 * gateway still succeed; once the broker is back, without anyone resending, every event reaches
 * every consumer of {@code society.events}, and none is applied twice.
 */
class BrokerOutageIT {

    static final int SOCIETIES = 150;
    static final List<String> CONSUMERS = List.of("funding-service", "expert-service", "event-service",
            "publicity-service");
    static final String READ_MODEL = "society-read-model";

    @Test
    void writesDuringABrokerOutageSucceedAndEveryEventReachesEveryConsumerOnce() throws Exception {
        String admin = tokenFor("admin");
        String run = Faults.unique();
        Map<TopicPartition, Long> before;
        try (Admin kafka = admin()) {
            before = endOffsets(kafka, "society.events");
        }

        List<UUID> ids = new ArrayList<>();
        Map<UUID, String> corrected = new HashMap<>();
        long outageStarted = System.nanoTime();
        script("down", "kafka");
        try {
            List<Callable<Response>> registrations = IntStream.range(0, SOCIETIES)
                    .mapToObj(i -> (Callable<Response>) () -> post("/api/societies", admin, """
                            {"name":"济宁市断网学会%s-%03d","disciplineCategory":"INFORMATION","hostUnit":"市大数据中心",
                             "reason":"端到端测试：断网时录入"}""".formatted(run, i))).toList();
            List<Response> created = atOnce(6, registrations);
            for (Response response : created) {
                assertThat(response.status()).as(response.raw()).isEqualTo(201);
                ids.add(UUID.fromString(response.body().get("id").asString()));
            }
            List<Callable<Response>> corrections = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                UUID id = ids.get(i);
                String name = "济宁市断网更名学会%s-%03d".formatted(run, i);
                corrected.put(id, name);
                corrections.add(() -> put("/api/societies/" + id + "/correction", admin, """
                        {"name":"%s","disciplineCategory":"INFORMATION","hostUnit":"市大数据中心","reason":"端到端测试：断网时更正"}"""
                        .formatted(name)));
            }
            for (Response response : atOnce(6, corrections)) {
                assertThat(response.status()).as(response.raw()).isEqualTo(200);
            }
            System.out.printf("broker outage: %d writes (%d registrations, %d corrections) succeeded in %.1f s with Kafka down%n",
                    2 * SOCIETIES, SOCIETIES, SOCIETIES, (System.nanoTime() - outageStarted) / 1e9);
            // nothing can have reached a consumer: the events wait in the outbox
            assertThat(societyVersions("funding-service", ids)).isEmpty();
        } finally {
            script("up", "--infra");
        }

        // caught up: every event of every write on the wire, and applied by every consumer
        long back = System.nanoTime();
        Map<String, Double> caughtUp = new TreeMap<>();
        List<UUID> sent = new ArrayList<>();
        Set<UUID> distinct = new HashSet<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            sent.clear();
            sent.addAll(eventIdsAbout(before, ids));
            distinct.clear();
            distinct.addAll(sent);
            assertThat(distinct).as("events on society.events").hasSize(2 * SOCIETIES);
            for (String consumer : CONSUMERS) {
                if (!caughtUp.containsKey(consumer)) {
                    assertThat(applied(consumer, READ_MODEL, distinct)).as(consumer + " applied").isEqualTo(distinct.size());
                    caughtUp.put(consumer, Math.round((System.nanoTime() - back) / 1e8) / 10.0);
                }
            }
        });
        for (String consumer : CONSUMERS) {
            assertThat(societyNames(consumer, ids)).as(consumer).isEqualTo(corrected);
        }

        Map<String, Long> duplicates = new HashMap<>();
        for (String consumer : CONSUMERS) {
            // a registration inserts at version 0 and the correction moves it to 1; an event applied twice would move it again
            Map<UUID, Long> versions = societyVersions(consumer, ids);
            duplicates.put(consumer, versions.values().stream().filter(v -> v > 1).count());
        }
        System.out.printf("broker outage: %d events sent, %d records on society.events (%d resent), each consumer"
                        + " received and applied %d; duplicates applied per consumer %s; caught up after Kafka's"
                        + " return in s %s%n", 2 * SOCIETIES, sent.size(), sent.size() - distinct.size(), distinct.size(),
                duplicates, caughtUp);
        assertThat(duplicates.values()).containsOnly(0L);
    }
}
