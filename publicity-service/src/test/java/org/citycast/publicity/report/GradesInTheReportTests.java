package org.citycast.publicity.report;

import static org.awaitility.Awaitility.await;
import static org.citycast.publicity.platform.TestTokens.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.citycast.publicity.EventFeed;
import org.citycast.publicity.ServiceTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

/**
 * The year's grades and function-transfer projects (2019, which no other test touches), counted from
 * society-service's events as its stats count them: by the day awarded, at the level awarded.
 */
class GradesInTheReportTests extends ServiceTest {

    static final int YEAR = 2019;
    static final Path SAMPLES = Path.of("../society-service/src/main/resources/events");

    @Test
    void gradesAndProjectsAwardedWithinTheYearAreCounted() throws Exception {
        EventFeed feed = new EventFeed(json, broker);
        feed.send("society.events", graded("AAAAA", YEAR + "-03-01"));
        ObjectNode twice = graded("AA", YEAR + "-05-01");
        feed.send("society.events", twice);
        feed.send("society.events", twice);
        feed.send("society.events", graded("AAA", (YEAR + 1) + "-01-01"));
        feed.send("society.events", sample("GradeLapsed.v1.json"));
        feed.send("society.events", project("186000.00", YEAR + "-07-01"));
        feed.send("society.events", project("40000.50", YEAR + "-12-31"));
        feed.send("society.events", project("99.00", (YEAR - 1) + "-12-31"));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> mvc.perform(get("/api/publicity/reports/" + YEAR)
                        .with(admin()))
                .andExpect(jsonPath("$.figures['grades.awarded']").value(2))
                .andExpect(jsonPath("$.figures['grades.threeAOrAbove']").value(1))
                .andExpect(jsonPath("$.figures['functionTransfer.projects']").value(2))
                .andExpect(jsonPath("$.figures['functionTransfer.contractAmount']").value("226000.50")));
    }

    private ObjectNode graded(String level, String awardedOn) throws Exception {
        ObjectNode event = sample("SocietyGraded.v1.json");
        ((ObjectNode) event.get("data")).put("gradeId", UUID.randomUUID().toString()).put("level", level)
                .put("awardedOn", awardedOn);
        return event;
    }

    private ObjectNode project(String amount, String awardedOn) throws Exception {
        ObjectNode event = sample("FunctionTransferAwarded.v1.json");
        ((ObjectNode) event.get("data")).put("projectId", UUID.randomUUID().toString()).put("contractAmount", amount)
                .put("awardedOn", awardedOn);
        return event;
    }

    /** society-service's sample with a fresh id, dated now. */
    private ObjectNode sample(String name) throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(Files.readString(SAMPLES.resolve(name)));
        String id = UUID.randomUUID().toString();
        String now = Instant.now().toString();
        event.put("id", id).put("time", now);
        ((ObjectNode) event.get("data")).put("eventId", id).put("occurredAt", now);
        return event;
    }
}
