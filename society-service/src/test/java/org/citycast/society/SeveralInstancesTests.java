package org.citycast.society;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.society.platform.TestTokens.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.citycast.society.platform.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Two more society-service instances, each a whole application with its own scheduler, run against
 * this test's database with the daily jobs due every two seconds. Once both run, their clocks move
 * to a night when a round opens, its reports are missed and dormant societies are due letters:
 * each firing of a job runs on one instance only, neither instance's run fails because the other
 * ran, and every piece of work is done once.
 */
class SeveralInstancesTests extends ServiceTest {

    /** Nothing falls due: last year's round (1976) has none of the test's societies, registered in 1977. */
    static final LocalDate QUIET = LocalDate.of(1977, 8, 1);
    /** The 1977 round is due, and its reports were due on 31 March. */
    static final LocalDate DUE = LocalDate.of(1978, 4, 2);

    static final List<String> DAILY_JOBS = List.of("inspection-round-opening", "inspection-deadline-check",
            "standing-evaluation");

    @Autowired
    Environment environment;

    @Test
    void twoInstancesRunEachDailyJobOncePerScheduleAndNeitherFails() throws Exception {
        List<UUID> late = new ArrayList<>();
        List<UUID> dormant = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            late.add(society());
            dormant.add(society());
        }

        // both instances start on a day with nothing due, so that neither has done the work before the other is up
        var starting = List.of(CompletableFuture.supplyAsync(() -> instance("instance-b")),
                CompletableFuture.supplyAsync(() -> instance("instance-c")));
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        List<FailedRuns> failures = new ArrayList<>();
        Instant bothUp;
        try {
            for (var instance : starting) {
                instances.add(instance.get(5, TimeUnit.MINUTES));
            }
            instances.forEach(instance -> failures.add(instance.getBean(FailedRuns.class)));
            // then the night everything falls due: last year's round, its missed reports, the dormant societies
            for (UUID idle : dormant) {
                mvc.perform(json(put("/api/societies/" + idle + "/health-tier").with(admin()), """
                        {"healthTier":"DORMANT"}""")).andExpect(status().isOk());
            }
            bothUp = Instant.now();
            instances.forEach(instance -> instance.getBean(TestClock.class).setToday(DUE));
            Thread.sleep(8_000);
        } finally {
            instances.forEach(ConfigurableApplicationContext::close);
        }

        for (FailedRuns failed : failures) {
            assertThat(failed.errors).as("runs that failed on an instance").isEmpty();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM job_run WHERE outcome <> 'DONE'").query(Long.class).single())
                .as("job runs that did not finish well").isZero();
        for (String job : DAILY_JOBS) {
            List<Map<String, Object>> firings = jdbc.sql("""
                            SELECT date_trunc('second', started_at) AS firing, count(*) AS runs,
                                   string_agg(instance, ',') AS instances
                            FROM job_run WHERE job = ? AND started_at >= ? GROUP BY 1 ORDER BY 1""")
                    .params(job, Timestamp.from(bothUp)).query().listOfRows();
            assertThat(firings).as(job + " firings while both instances ran").hasSizeGreaterThanOrEqualTo(2);
            assertThat(firings).as(job + ": one run per firing").allSatisfy(firing ->
                    assertThat(((Number) firing.get("runs")).longValue()).as(firing.toString()).isEqualTo(1));
        }
        for (UUID society : concat(late, dormant)) {
            assertThat(count("SELECT count(*) FROM annual_inspection WHERE society_id = ? AND year = 1977", society))
                    .as("the 1977 round opened once").isEqualTo(1);
            assertThat(count("SELECT count(*) FROM audit_entry WHERE society_id = ? AND action = 'INSPECTION_MISSED'",
                    society)).as("1977 recorded as missed once").isEqualTo(1);
        }
        for (UUID society : dormant) {
            assertThat(count("SELECT count(*) FROM disqualification_case WHERE society_id = ?", society))
                    .as("one letter drafted").isEqualTo(1);
        }
    }

    private long count(String sql, UUID society) {
        return jdbc.sql(sql).param(society).query(Long.class).single();
    }

    private static List<UUID> concat(List<UUID> first, List<UUID> second) {
        List<UUID> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** A whole society-service on this test's database and broker, its daily jobs due every two seconds. */
    private ConfigurableApplicationContext instance(String name) {
        // command-line arguments, so that they win over every configuration file, as a deployment's would
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SocietyApplication.class,
                InstanceSetup.class)
                .run("--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--spring.flyway.enabled=false",
                        "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                        "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                        "--server.port=0",
                        "--platform.civil-affairs.base-url=" + environment.getProperty("platform.civil-affairs.base-url"),
                        "--platform.civil-affairs.token-uri=" + environment.getProperty("platform.civil-affairs.token-uri"),
                        "--platform.instance-name=" + name,
                        "--platform.jobs.lock-at-least-for=PT1S",
                        "--platform.inspection.round-opening-cron=*/2 * * * * *",
                        "--platform.inspection.deadline-check-cron=*/2 * * * * *",
                        "--platform.standing.evaluation-cron=*/2 * * * * *");
        return context;
    }

    /** Registered in mid-1977: inspected first for 1977, in the round that opens in January 1978. */
    private UUID society() throws Exception {
        String body = mvc.perform(json(post("/api/societies").with(admin()), """
                        {"name":"多实例学会%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会",
                         "registeredOn":"1977-06-15","reason":"录入现有学会名录"}""".formatted(UUID.randomUUID())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    /** What an instance's scheduler saw fail. */
    static class FailedRuns {
        final List<Throwable> errors = new CopyOnWriteArrayList<>();
    }

    /**
     * Added to each extra instance only (no annotation, so no component scan finds it): a scheduler
     * that keeps what its jobs threw and lets a running job finish when the instance stops, and
     * a clock on the day the instance lives, set before its scheduler starts.
     */
    static class InstanceSetup {

        @Bean
        @Primary
        TestClock instanceClock() {
            var clock = new TestClock();
            clock.setToday(QUIET);
            return clock;
        }

        @Bean
        FailedRuns failedRuns() {
            return new FailedRuns();
        }

        @Bean
        ThreadPoolTaskScheduler taskScheduler(FailedRuns failed) {
            var scheduler = new ThreadPoolTaskScheduler();
            scheduler.setPoolSize(4);
            scheduler.setThreadNamePrefix("jobs-");
            scheduler.setErrorHandler(failed.errors::add);
            scheduler.setWaitForTasksToCompleteOnShutdown(true);
            scheduler.setAwaitTerminationSeconds(30);
            return scheduler;
        }
    }
}
