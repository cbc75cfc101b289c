package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.deploy.Platform.get;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.tokenFor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.citycast.deploy.Platform.Response;
import org.junit.jupiter.api.Test;

/**
 * The outbox promise, for real: with the Kafka broker stopped, registering a society still
 * succeeds, and funding-service learns of it once the broker is back, without anyone resending,
 * still under the trace of the request that registered it.
 */
class KafkaOutageIT {

    static final Path SCRIPTS = Path.of("local").toAbsolutePath();

    @Test
    void aSocietyRegisteredWhileKafkaIsDownReachesFundingOnceItIsBack() throws Exception {
        String admin = tokenFor("admin");
        run("down", "kafka");
        String id;
        String traceId = TraceIT.traceId();
        try {
            long start = System.nanoTime();
            Response created = post("/api/societies", admin, """
                    {"name":"济宁市断网测试学会%s","disciplineCategory":"INFORMATION","hostUnit":"市大数据中心",
                     "reason":"端到端测试：录入现有学会"}"""
                    .formatted(UUID.randomUUID().toString().substring(0, 8)), TraceIT.traceparent(traceId));
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            id = created.body().get("id").asString();

            // while the broker is away, the event waits in the outbox: funding keeps not knowing the society
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(get("/api/funding/societies/" + id, admin).status()).isEqualTo(404));
        } finally {
            run("up", "--infra");
        }

        long back = System.nanoTime();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(get("/api/funding/societies/" + id, admin).status()).isEqualTo(200));
        System.out.printf("funding-service knew the society %d s after Kafka came back%n",
                Duration.ofNanos(System.nanoTime() - back).toSeconds());
        // the outbox resent the event long after the request; funding still received it under the request's trace
        assertThat(TraceIT.lines("funding-service", traceId)).as("funding-service lines with the request's trace id")
                .anyMatch(line -> line.contains("Received SocietyRegistered.v1"));
    }

    private static void run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(SCRIPTS.resolve(script).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(script + " finished").isTrue();
        assertThat(process.exitValue()).as(script + " exit code").isZero();
    }
}
