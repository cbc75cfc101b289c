package org.citycast.event.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.event.platform.TestTokens.admin;
import static org.citycast.event.platform.TestTokens.secretaryOf;
import static org.citycast.event.platform.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.citycast.event.Scenario;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Academic-hall sessions are numbered 1, 2, 3, ... per year without gaps, even when ADMINs brand at the same moment. */
class BrandTests extends Scenario {

    @Test
    void twoAdminsBrandingAtOnceGetConsecutiveNumbersWithoutGaps() throws Exception {
        int year = 2091;
        UUID society = society("品牌学会" + UUID.randomUUID().toString().substring(0, 6));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add(line(society, year, "计划活动" + i));
        }
        // a refused branding among them takes no number
        String unknown = UUID.randomUUID().toString();
        List<Integer> statuses = concurrently(IntStream.range(0, 21).mapToObj(i -> i == 10 ? unknown : lines.get(
                i < 10 ? i : i - 1)).toList());
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(20);
        assertThat(statuses).filteredOn(s -> s == 400).hasSize(1);

        JsonNode sessions = body(mvc.perform(get("/api/events/public/academic-hall?year=" + year))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(sessions.valueStream().map(s -> s.get("number").asInt()).toList())
                .isEqualTo(IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(sessions.valueStream().map(s -> s.get("plannedEventId").asString()).distinct().count()).isEqualTo(20);
        assertThat(sessions.get(0).get("label").asString()).isEqualTo("城市科协学术会堂第1期");

        // the next one, later in the year, is the 21st
        String late = line(society, year, "年中追加活动");
        mvc.perform(json(post("/api/events/academic-hall/sessions").with(admin()), """
                {"plannedEventId":"%s"}""".formatted(late))).andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.number")
                        .value(21));
    }

    @Test
    void aPlannedEventIsBrandedOnceEvenWhenTwoAdminsTryAtOnce() throws Exception {
        int year = 2092;
        UUID society = society("重复品牌学会" + UUID.randomUUID().toString().substring(0, 6));
        String line = line(society, year, "只可冠名一次");
        List<Integer> statuses = concurrently(List.of(line, line, line, line, line, line));
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
        assertThat(jdbc.sql("select last_number from academic_hall_year where year = ?").param(year)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void onlyAdminBrands() throws Exception {
        UUID society = society("无权冠名学会" + UUID.randomUUID().toString().substring(0, 6));
        String line = line(society, 2093, "某活动");
        for (var caller : List.of(secretaryOf(society), token("reviewer1", null, null, "REVIEWER"))) {
            mvc.perform(json(post("/api/events/academic-hall/sessions").with(caller), """
                    {"plannedEventId":"%s"}""".formatted(line))).andExpect(status().isForbidden());
        }
        mvc.perform(json(post("/api/events/academic-hall/sessions").with(admin()), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
                        .value("plannedEventId"));
    }

    /** Each branding by one of two ADMINs, all released at once. */
    private List<Integer> concurrently(List<String> plannedEvents) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(plannedEvents.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < plannedEvents.size(); i++) {
                String planned = plannedEvents.get(i);
                String adminName = i % 2 == 0 ? "admin" : "admin2";
                results.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(json(post("/api/events/academic-hall/sessions")
                                    .with(token(adminName, null, null, "ADMIN")), """
                                    {"plannedEventId":"%s"}""".formatted(planned)))
                            .andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private String line(UUID society, int year, String title) throws Exception {
        return body(mvc.perform(json(post("/api/events/plans/" + year + "/events").with(admin()), """
                        {"societyId":"%s","title":"%s","kind":"FORUM","plannedMonth":6,"expectedAttendance":100}"""
                        .formatted(society, title)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }
}
