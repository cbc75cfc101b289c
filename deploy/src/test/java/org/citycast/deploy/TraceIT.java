package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.tokenFor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.citycast.deploy.Platform.Response;
import org.junit.jupiter.api.Test;

/**
 * One trace id finds a request and everything it caused: a society registered through the gateway
 * with a known W3C {@code traceparent} shows that trace id in the gateway's log, in
 * society-service's line for the event it publishes, and in the line each consumer of {@code society.events} writes when the
 * resulting event reaches it.
 */
class TraceIT {

    static final Path LOGS = Path.of(Optional.ofNullable(System.getenv("PLATFORM_RUN")).orElse("local/.run"), "logs");
    static final List<String> CONSUMERS = List.of("funding-service", "expert-service", "event-service",
            "publicity-service");

    @Test
    void aRequestAndTheEventsItCausedAreFoundByOneTraceId() {
        String traceId = traceId();
        long start = System.nanoTime();
        Response created = post("/api/societies", tokenFor("admin"), """
                {"name":"济宁市追踪测试学会%s","disciplineCategory":"INFORMATION","hostUnit":"市大数据中心",
                 "reason":"端到端测试：录入现有学会"}""".formatted(UUID.randomUUID().toString().substring(0, 8)),
                traceparent(traceId));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String society = created.body().get("id").asString();

        Map<String, Long> found = new LinkedHashMap<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(lines("gateway", traceId)).as("gateway lines with the trace id")
                    .anyMatch(line -> line.contains("POST /api/societies"));
            assertThat(lines("society-service", traceId)).as("society-service lines with the trace id")
                    .anyMatch(line -> line.contains("Publishing SocietyRegistered.v1"));
            for (String consumer : CONSUMERS) {
                assertThat(lines(consumer, traceId)).as(consumer + " received the event under the trace id")
                        .anyMatch(line -> line.contains("Received SocietyRegistered.v1"));
                found.putIfAbsent(consumer, Duration.ofNanos(System.nanoTime() - start).toMillis());
            }
        });
        System.out.printf("trace %s (society %s): gateway %d lines, society-service %d lines; consumers found within "
                + "(ms after the request) %s%n", traceId, society, lines("gateway", traceId).size(),
                lines("society-service", traceId).size(), found);
    }

    static String traceId() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String traceparent(String traceId) {
        return "00-" + traceId + "-" + traceId.substring(0, 16) + "-01";
    }

    /** The lines of an app's log that carry the trace id. */
    static List<String> lines(String app, String traceId) {
        try (Stream<String> lines = Files.lines(LOGS.resolve(app + ".log"), StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(traceId)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
