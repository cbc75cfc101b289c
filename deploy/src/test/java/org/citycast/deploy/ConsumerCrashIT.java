package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.deploy.Faults.admin;
import static org.citycast.deploy.Faults.applied;
import static org.citycast.deploy.Faults.endOffsets;
import static org.citycast.deploy.Faults.eventIdsAbout;
import static org.citycast.deploy.Faults.kill;
import static org.citycast.deploy.Faults.ready;
import static org.citycast.deploy.Faults.restoreThePlatform;
import static org.citycast.deploy.Faults.societyVersions;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.tokenFor;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.citycast.deploy.Platform.Response;
import org.junit.jupiter.api.Test;


/**
 * A consumer killed with SIGKILL in the middle of a stream of events (no shutdown, no leave-group,
 * offsets of its last batch never committed) and started again: it loses nothing, applies nothing
 * twice, and has caught up within 10 s of being ready, because it rejoins its groups under the same
 * static member id and gets its partitions back without waiting for its dead self's session to expire.
 */
class ConsumerCrashIT {

    static final String VICTIM = "funding-service";
    static final Duration CATCH_UP = Duration.ofSeconds(10);
    /** A steady stream, a few registrations a second, as the platform sees on a busy day. */
    static final long PAUSE_MILLIS = 250;

    @Test
    void aKilledConsumerCatchesUpWithinTenSecondsOfBeingReadyAndAppliesEachEventOnce() throws Exception {
        String admin = tokenFor("admin");
        String run = Faults.unique();
        Map<TopicPartition, Long> before;
        try (Admin kafka = admin()) {
            before = endOffsets(kafka, "society.events");
        }
        List<UUID> ids = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; writing.get(); i++) {
                Response created = post("/api/societies", admin, """
                        {"name":"济宁市宕机测试学会%s-%04d","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会",
                         "reason":"端到端测试：消费者宕机时录入"}""".formatted(run, i));
                assertThat(created.status()).as(created.raw()).isEqualTo(201);
                ids.add(UUID.fromString(created.body().get("id").asString()));
                try {
                    Thread.sleep(PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });

        CompletableFuture<Void> restart = null;
        long readyAt;
        double resumedAfter;
        double caughtUp;
        int writtenWhileDown;
        List<UUID> dueByReady;
        try {
            // mid-stream: the victim is applying the events as they come
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                    ids.size() >= 20 && !societyVersions(VICTIM, ids).isEmpty());
            int beforeKill = ids.size();
            kill(VICTIM);
            long killedAt = System.nanoTime();
            restart = CompletableFuture.runAsync(Faults::restoreThePlatform);
            await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(100)).until(() -> ready(VICTIM));
            readyAt = System.nanoTime();
            writtenWhileDown = ids.size() - beforeKill;
            dueByReady = List.copyOf(ids);
            int knownAtReady = societyVersions(VICTIM, dueByReady).size();
            // back in its groups: it applies events again
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> societyVersions(VICTIM, dueByReady).size() > knownAtReady);
            resumedAfter = (System.nanoTime() - readyAt) / 1e9;
            System.out.printf("consumer crash: %s killed after %d registrations, ready again after %.1f s,"
                    + " %d registered meanwhile%n", VICTIM, beforeKill, (readyAt - killedAt) / 1e9, writtenWhileDown);
            // caught up with everything written until it was ready, while events keep coming
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> societyVersions(VICTIM, dueByReady).size() == dueByReady.size());
            caughtUp = (System.nanoTime() - readyAt) / 1e9;
            writing.set(false);
            writer.join();
        } finally {
            writing.set(false);
            writer.exceptionally(e -> null).join();
            if (restart != null) {
                restart.exceptionally(e -> null).join();
            }
            restoreThePlatform();
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> societyVersions(VICTIM, ids).size() == ids.size());

        Set<UUID> eventIds = new HashSet<>(eventIdsAbout(before, ids));
        Map<UUID, Long> versions = societyVersions(VICTIM, ids);
        long duplicates = versions.values().stream().filter(v -> v > 0).count();
        long appliedEvents = applied(VICTIM, BrokerOutageIT.READ_MODEL, eventIds);
        System.out.printf("consumer crash: %d events sent, %d received and applied by %s, %d applied twice;"
                        + " %d were behind when it was ready; it applied again %.1f s and had caught up %.1f s after ready%n",
                ids.size(), appliedEvents, VICTIM, duplicates, writtenWhileDown, resumedAfter, caughtUp);
        assertThat(eventIds).hasSize(ids.size());
        assertThat(appliedEvents).isEqualTo(ids.size());
        // each society had one event (its registration): applied once, its row is still at version 0
        assertThat(duplicates).isZero();
        assertThat(Duration.ofMillis((long) (caughtUp * 1000))).isLessThanOrEqualTo(CATCH_UP);
    }
}
