package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web console in a real browser (Debian's Chromium driven by playwright-core) against the
 * running platform, signing in through Keycloak's own login form: one full path per role, each
 * page checked with axe-core and photographed into {@code deploy/target/console-screenshots/}.
 * The browser suite is {@code gateway/src/main/console/e2e/}, run here with Node's test runner.
 */
class ConsoleIT {

    private static final Path CONSOLE = Path.of("..", "gateway", "src", "main", "console").toAbsolutePath().normalize();
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final String SECRETARY1_SOCIETY = "11111111-1111-4111-8111-111111111111";
    private static final JsonMapper json = JsonMapper.builder().build();
    /** Numbers compare by value: the refresh script (JavaScript) writes 0 where a service writes 0.0. */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    /**
     * The console's types are generated from the snapshots in {@code api-docs/}; a service whose
     * document changed without a refreshed snapshot would leave the console calling an API that
     * is no longer there, so it fails here (the live documents are written beside the failure).
     */
    @Test
    void theConsoleIsBuiltAgainstTheApiTheServicesServe() throws IOException {
        List<String> drifted = new ArrayList<>();
        for (String service : List.of("society", "funding", "expert", "event", "publicity")) {
            Platform.Response live = Platform.get("/v3/api-docs/" + service, null);
            assertThat(live.status()).as("/v3/api-docs/%s through the gateway", service).isEqualTo(200);
            JsonNode snapshot = json.readTree(CONSOLE.resolve("api-docs").resolve(service + ".json").toFile());
            if (!snapshot.equals(BY_VALUE, live.body())) {
                Path written = TARGET.resolve("api-docs").resolve(service + ".json");
                Files.createDirectories(written.getParent());
                Files.writeString(written, live.raw(), StandardCharsets.UTF_8);
                drifted.add(service + " (the live document is in " + written + ")");
            }
        }
        assertThat(drifted)
                .as("OpenAPI snapshots of the console that differ from the running services; refresh them with "
                        + "`npm run refresh-api-docs` in gateway/src/main/console and check the console still builds")
                .isEmpty();
    }

    @Test
    void eachRoleDoesItsDailyWorkInTheBrowser() throws Exception {
        openThisYearsInspectionRound();
        remindSecretary1();
        Path screenshots = TARGET.resolve("console-screenshots");
        Files.createDirectories(screenshots);
        Path log = TARGET.resolve("console-e2e.log");
        ProcessBuilder suite = new ProcessBuilder("node", "--test", "--test-concurrency=1", "--test-reporter=spec", "e2e/")
                .directory(CONSOLE.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        suite.environment().put("GATEWAY", Platform.GATEWAY);
        suite.environment().put("KEYCLOAK", Platform.KEYCLOAK);
        suite.environment().put("SCREENSHOTS", screenshots.toString());
        Process node = suite.start();
        boolean finished = node.waitFor(Duration.ofMinutes(20).toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(finished).as("the browser suite finished within 20 minutes").isTrue();
        assertThat(node.exitValue()).as("browser suite's exit code; its output is in " + log).isZero();
        assertThat(output).contains("ℹ fail 0").containsPattern("ℹ pass [1-9]");
        try (var files = Files.list(screenshots)) {
            assertThat(files.filter(f -> f.toString().endsWith(".png")).count()).as("screenshots taken").isGreaterThanOrEqualTo(6);
        }
    }

    /**
     * An annual report can be filed only until 31 March of the following year, so for most of the
     * year no society has one open. ADMIN does what the association's yearly notice of an early
     * annual summary does: schedules this year's round to open today (unless it opens by today
     * already) and opens it, which gives 济宁市医学会 its pending inspection. Opening again changes
     * nothing; the suite returns the report for correction at the end, so the next run files it again.
     */
    private static void openThisYearsInspectionRound() {
        String admin = Platform.tokenFor("admin");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String round = "/api/societies/inspections/rounds/" + today.getYear();
        Platform.Response schedule = Platform.get(round + "/schedule", admin);
        assertThat(schedule.status()).as(schedule.raw()).isEqualTo(200);
        if (LocalDate.parse(schedule.body().get("opensOn").asString()).isAfter(today)) {
            Platform.Response early = Platform.put(round + "/schedule", admin, """
                    {"opensOn":"%s","reportDue":"%s","forwardDue":"%s","reason":"年度工作总结提前开始（控制台端到端测试）"}"""
                    .formatted(today, schedule.body().get("reportDue").asString(),
                            schedule.body().get("forwardDue").asString()));
            assertThat(early.status()).as(early.raw()).isEqualTo(200);
        }
        Platform.Response opened = Platform.post(round, admin, "");
        assertThat(opened.status()).as(opened.raw()).isEqualTo(200);
    }

    /**
     * A reminder run gives secretary1 a notice only when a deadline of 济宁市医学会 is at most 30 days
     * away, which the demo's dates do not promise on any given day. This stands in for one: an unread
     * notice in publicity-service's inbox, as {@code Reminding} writes it, for the suite to read and
     * mark read (a new one each run, so the next run has one unread too).
     */
    private static void remindSecretary1() throws Exception {
        try (var connection = Databases.connect("publicity");
                var insert = connection.prepareStatement("""
                        INSERT INTO inbox_notice (id, recipient, deadline_id, kind, stage, title, body, link, due_at, created_at)
                        VALUES (?, 'secretary1', ?, 'ANNUAL_REPORT', 'P7D', '（浏览器测试）年度工作报告将于7日内截止',
                                '这是浏览器测试放入的提醒，用于在提醒箱中标为已读。', ?, now() + interval '7 days', now())""")) {
            UUID id = UUID.randomUUID();
            insert.setObject(1, id);
            insert.setString(2, "console-e2e:" + id);
            insert.setString(3, "/api/societies/" + SECRETARY1_SOCIETY + "/inspections");
            insert.executeUpdate();
        }
    }
}
