package org.citycast.society.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.society.ServiceTest;
import org.citycast.society.registration.CreditCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import tools.jackson.databind.JsonNode;

class InspectionTests extends ServiceTest {

    static final String REPORT = """
            {"summary":"全年举办学术年会1次、专题讲座6场","activitiesHeld":7,"individualMembers":320,"unitMembers":12,
             "income":"86000.00","expenditure":"79500.50","netAssets":"120300.25"}""";

    @Autowired
    InspectionService inspections;
    @Autowired
    ScheduledTaskHolder scheduler;

    @Test
    void aYearRunsFromReportThroughPreReviewAndForwardingToCivilAffairsOutcome() throws Exception {
        int year = 2021;
        UUID society = society("2015-03-01");
        clock.setToday(LocalDate.of(year + 1, 2, 10));
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin())).andExpect(status().isOk());
        String base = "/api/societies/" + society + "/inspections/" + year;

        mvc.perform(json(put(base + "/report").with(secretaryOf(society)), REPORT))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPORT_FILED"));
        mvc.perform(json(post(base + "/pre-review").with(admin()), """
                        {"passed":false,"comments":"请补充财务收支明细"}"""))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.preReviewComments").value("请补充财务收支明细"));
        mvc.perform(post(base + "/forwarding").with(admin())).andExpect(status().isConflict());
        mvc.perform(json(put(base + "/report").with(secretaryOf(society)), REPORT)).andExpect(status().isOk());
        mvc.perform(json(post(base + "/pre-review").with(admin()), """
                        {"passed":true}""")).andExpect(jsonPath("$.status").value("PRE_REVIEWED"));
        mvc.perform(post(base + "/forwarding").with(admin()))
                .andExpect(jsonPath("$.status").value("FORWARDED"))
                .andExpect(jsonPath("$.forwardDue").value((year + 1) + "-05-31"));

        inspections.recordOutcome(society, year, InspectionOutcome.BASICALLY_QUALIFIED);
        inspections.recordOutcome(society, year, InspectionOutcome.BASICALLY_QUALIFIED);
        mvc.perform(get("/api/societies/" + society + "/inspections").with(secretaryOf(society)))
                .andExpect(jsonPath("$[0].status").value("COMPLETED"))
                .andExpect(jsonPath("$[0].outcome").value("BASICALLY_QUALIFIED"))
                .andExpect(jsonPath("$[0].report.expenditure").value("79500.50"));
        assertThat(jdbc.sql("select count(*) from audit_entry where society_id = ? and action = 'INSPECTION_COMPLETED'")
                .param(society).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(
                () -> inspections.recordOutcome(society, year, InspectionOutcome.UNQUALIFIED))
                .hasMessageContaining("already completed as BASICALLY_QUALIFIED");

        mvc.perform(get("/api/societies/inspections").param("year", "" + year).param("outcome", "BASICALLY_QUALIFIED")
                        .param("size", "500").with(admin()))
                .andExpect(jsonPath("$.content[?(@.societyId == '" + society + "')]").exists());
    }

    @Test
    void aSocietyRegisteredUnderSixMonthsBeforeTheYearsEndIsExempt() throws Exception {
        int year = 2022;
        UUID recent = society(year + "-08-15");
        UUID older = society(year + "-06-15");
        clock.setToday(LocalDate.of(year + 1, 1, 5));
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/societies/" + recent + "/inspections").with(admin()))
                .andExpect(jsonPath("$[0].status").value("EXEMPT"));
        mvc.perform(get("/api/societies/" + older + "/inspections").with(admin()))
                .andExpect(jsonPath("$[0].status").value("PENDING"));
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin()))
                .andExpect(jsonPath("$.opened").value(0));
        mvc.perform(post("/api/societies/inspections/rounds/" + (year + 1)).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void aMissedReportDeadlineIsRecordedAsMissed() throws Exception {
        int year = 2023;
        UUID society = society("2010-01-01");
        clock.setToday(LocalDate.of(year + 1, 3, 1));
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin())).andExpect(status().isOk());
        mvc.perform(post("/api/societies/inspections/deadline-check").with(admin()));
        mvc.perform(get("/api/societies/" + society + "/inspections").with(admin()))
                .andExpect(jsonPath("$[0].status").value("PENDING"));

        clock.setToday(LocalDate.of(year + 1, 4, 1));
        mvc.perform(json(put("/api/societies/" + society + "/inspections/" + year + "/report")
                        .with(secretaryOf(society)), REPORT))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("was due by " + (year + 1) + "-03-31")));
        mvc.perform(post("/api/societies/inspections/deadline-check").with(admin()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/societies/" + society + "/inspections").with(admin()))
                .andExpect(jsonPath("$[0].status").value("MISSED"));
        assertThat(inspections.missedYears(society)).containsExactly(year);
    }

    @Test
    void secretariesTouchOnlyTheirOwnInspections() throws Exception {
        int year = 2020;
        UUID society = society("2012-01-01");
        clock.setToday(LocalDate.of(year + 1, 2, 1));
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(secretaryOf(society)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin())).andExpect(status().isOk());
        UUID stranger = UUID.randomUUID();
        mvc.perform(get("/api/societies/" + society + "/inspections").with(secretaryOf(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(json(put("/api/societies/" + society + "/inspections/" + year + "/report")
                        .with(secretaryOf(stranger)), REPORT))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/societies/" + society + "/inspections/" + year + "/pre-review")
                        .with(secretaryOf(society)), "{\"passed\":true}"))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/societies/" + society + "/inspections/" + year + "/report")
                        .with(secretaryOf(society)), """
                        {"summary":"","activitiesHeld":-1,"individualMembers":1,"unitMembers":0,
                         "income":"1.005","expenditure":"0","netAssets":"0"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "summary", "activitiesHeld", "income")));
    }

    @Test
    void aReportReturnedAfterTheDeadlineMayBeFiledAgainForFifteenDays() throws Exception {
        int year = 2011;
        UUID corrects = society("2005-01-01");
        UUID idle = society("2005-01-01");
        clock.setToday(LocalDate.of(year + 1, 3, 20));
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin())).andExpect(status().isOk());
        for (UUID society : new UUID[] {corrects, idle}) {
            mvc.perform(json(put("/api/societies/" + society + "/inspections/" + year + "/report")
                    .with(secretaryOf(society)), REPORT)).andExpect(status().isOk());
        }

        clock.setToday(LocalDate.of(year + 1, 4, 6));
        for (UUID society : new UUID[] {corrects, idle}) {
            mvc.perform(json(post("/api/societies/" + society + "/inspections/" + year + "/pre-review").with(admin()),
                            """
                            {"passed":false,"comments":"活动记录不全"}"""))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("PENDING"))
                    .andExpect(jsonPath("$.reportDue").value((year + 1) + "-04-21"));
        }
        mvc.perform(post("/api/societies/inspections/deadline-check").with(admin())).andExpect(status().isOk());
        mvc.perform(get("/api/societies/" + idle + "/inspections").with(admin()))
                .andExpect(jsonPath("$[0].status").value("PENDING"));

        clock.setToday(LocalDate.of(year + 1, 4, 21));
        mvc.perform(json(put("/api/societies/" + corrects + "/inspections/" + year + "/report")
                        .with(secretaryOf(corrects)), REPORT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REPORT_FILED"))
                .andExpect(jsonPath("$.reportDue").value((year + 1) + "-03-31"));

        clock.setToday(LocalDate.of(year + 1, 4, 22));
        mvc.perform(json(put("/api/societies/" + idle + "/inspections/" + year + "/report")
                        .with(secretaryOf(idle)), REPORT))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("was due by " + (year + 1) + "-04-21")));
        mvc.perform(post("/api/societies/inspections/deadline-check").with(admin())).andExpect(status().isOk());
        assertThat(inspections.missedYears(idle)).containsExactly(year);
        assertThat(inspections.missedYears(corrects)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where society_id = ? and action = 'INSPECTION_MISSED'")
                .param(idle).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void preReviewNeedsAVerdictAndCommentsToReturnAndAFiledReport() throws Exception {
        int year = 2019;
        UUID society = society("2012-01-01");
        clock.setToday(LocalDate.of(year + 1, 2, 1));
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin())).andExpect(status().isOk());
        String base = "/api/societies/" + society + "/inspections/" + year;

        mvc.perform(json(post(base + "/pre-review").with(admin()), "{\"passed\":true}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("is PENDING, not REPORT_FILED")));
        mvc.perform(json(put(base + "/report").with(admin()), REPORT)).andExpect(status().isOk());
        mvc.perform(json(put(base + "/report").with(secretaryOf(society)), REPORT)).andExpect(status().isConflict());
        mvc.perform(json(post(base + "/pre-review").with(admin()), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("passed"));
        mvc.perform(json(post(base + "/pre-review").with(admin()), """
                        {"passed":false,"comments":"  "}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("comments"));
        mvc.perform(get(base.replace("/" + year, "")).with(admin()))
                .andExpect(jsonPath("$[0].status").value("REPORT_FILED"));
        mvc.perform(json(put("/api/societies/" + society + "/inspections/" + (year - 30) + "/report")
                        .with(secretaryOf(society)), REPORT))
                .andExpect(status().isNotFound());
    }

    @Test
    void forwardingAndTheOutcomeGoOutAsEventsWithTheReportFigures() throws Exception {
        int year = 2009;
        String creditCode = CreditCodes.fresh();
        String name = "济宁市事件年检学会" + UUID.randomUUID().toString().substring(0, 8);
        UUID society = UUID.fromString(json.readTree(mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"%s","disciplineCategory":"ENGINEERING","hostUnit":"市工业和信息化局",
                         "creditCode":"%s","registeredOn":"2001-09-01"}""".formatted(name, creditCode)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString());
        clock.setToday(LocalDate.of(year + 1, 1, 15));
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin())).andExpect(status().isOk());
        String base = "/api/societies/" + society + "/inspections/" + year;
        mvc.perform(json(put(base + "/report").with(secretaryOf(society)), REPORT)).andExpect(status().isOk());
        mvc.perform(json(post(base + "/pre-review").with(admin()), "{\"passed\":true}")).andExpect(status().isOk());

        try (Consumer<String, String> topic = broker.consumerOf("society.events")) {
            mvc.perform(post(base + "/forwarding").with(admin())).andExpect(status().isOk());
            inspections.recordOutcome(society, year, InspectionOutcome.QUALIFIED);

            Map<String, JsonNode> events = events(topic, society, "AnnualInspectionForwarded.v1",
                    "AnnualInspectionCompleted.v1");
            JsonNode forwarded = events.get("AnnualInspectionForwarded.v1");
            assertThat(forwarded.get("societyId").asString()).isEqualTo(society.toString());
            assertThat(forwarded.get("societyName").asString()).isEqualTo(name);
            assertThat(forwarded.get("creditCode").asString()).isEqualTo(creditCode);
            assertThat(forwarded.get("year").asInt()).isEqualTo(year);
            assertThat(forwarded.get("report").get("activitiesHeld").asInt()).isEqualTo(7);
            assertThat(forwarded.get("report").get("income").asString()).isEqualTo("86000.00");
            assertThat(forwarded.get("report").get("netAssets").asString()).isEqualTo("120300.25");

            JsonNode completed = events.get("AnnualInspectionCompleted.v1");
            assertThat(completed.get("year").asInt()).isEqualTo(year);
            assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
            assertThat(completed.get("outcome").asString()).isEqualTo("QUALIFIED");
        }
        mvc.perform(get("/api/societies/inspections").param("year", "" + year).param("status", "COMPLETED")
                        .param("outcome", "QUALIFIED").param("size", "500").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.societyId == '" + society + "')].societyName").value(name))
                .andExpect(jsonPath("$.page.totalElements").isNumber());
        mvc.perform(get("/api/societies/inspections").param("year", "" + year).param("status", "LOST").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/societies/inspections").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("year")));
    }

    @Test
    void theNightlyJobOpensLastYearsRoundByItselfOnTheConfiguredDay() throws Exception {
        UUID society = society("1980-03-01");
        clock.setToday(LocalDate.of(1996, 12, 31));
        runNightly("openRound");
        mvc.perform(get("/api/societies/" + society + "/inspections").with(admin()))
                .andExpect(jsonPath("$[?(@.year == 1996)]").isEmpty());

        clock.setToday(LocalDate.of(1997, 1, 1));
        runNightly("openRound");
        mvc.perform(get("/api/societies/" + society + "/inspections").with(admin()))
                .andExpect(jsonPath("$[0].year").value(1996))
                .andExpect(jsonPath("$[0].status").value("PENDING"));
        runNightly("openRound");
        mvc.perform(post("/api/societies/inspections/rounds/1996").with(admin()))
                .andExpect(jsonPath("$.opened").value(0))
                .andExpect(jsonPath("$.alreadyOpen").isNumber());
        assertThat(jdbc.sql("select count(*) from annual_inspection where society_id = ? and year = 1996")
                .param(society).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReportNotForwardedByTheForwardingDeadlineIsRecordedLateAndListedForAdmin() throws Exception {
        int year = 1998;
        UUID society = society("1981-03-01");
        clock.setToday(LocalDate.of(year + 1, 1, 10));
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin())).andExpect(status().isOk());
        String base = "/api/societies/" + society + "/inspections/" + year;
        mvc.perform(json(put(base + "/report").with(secretaryOf(society)), REPORT)).andExpect(status().isOk());
        mvc.perform(json(post(base + "/pre-review").with(admin()), "{\"passed\":true}")).andExpect(status().isOk());

        clock.setToday(LocalDate.of(year + 1, 5, 31));
        mvc.perform(post("/api/societies/inspections/deadline-check").with(admin())).andExpect(status().isOk());
        mvc.perform(get("/api/societies/" + society + "/inspections").with(admin()))
                .andExpect(jsonPath("$[0].forwardingLateOn").doesNotExist());

        clock.setToday(LocalDate.of(year + 1, 6, 1));
        mvc.perform(post("/api/societies/inspections/deadline-check").with(admin())).andExpect(status().isOk());
        mvc.perform(get("/api/societies/" + society + "/inspections").with(admin()))
                .andExpect(jsonPath("$[0].status").value("PRE_REVIEWED"))
                .andExpect(jsonPath("$[0].forwardingLateOn").value((year + 1) + "-06-01"));
        mvc.perform(get("/api/societies/inspections/forwarding-late").param("year", "" + year).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.societyId == '" + society + "')].status").value("PRE_REVIEWED"));
        assertThat(jdbc.sql("select count(*) from audit_entry where society_id = ? and action = 'INSPECTION_FORWARDING_LATE'")
                .param(society).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post(base + "/forwarding").with(admin())).andExpect(jsonPath("$.status").value("FORWARDED"));
        mvc.perform(post("/api/societies/inspections/deadline-check").with(admin())).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_entry where society_id = ? and action = 'INSPECTION_FORWARDING_LATE'")
                .param(society).query(Long.class).single()).isEqualTo(1);
    }

    /** Runs the scheduled job whose method name contains {@code method}, as the scheduler would at night. */
    private void runNightly(String method) {
        var task = scheduler.getScheduledTasks().stream()
                .filter(scheduled -> scheduled.getTask().toString().contains(method))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no scheduled job " + method + " among "
                        + scheduler.getScheduledTasks()));
        task.getTask().getRunnable().run();
    }

    /** The data of each of {@code types} keyed by the society, as they arrive within ten seconds. */
    private Map<String, JsonNode> events(Consumer<String, String> topic, UUID society, String... types) {
        Map<String, JsonNode> found = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (found.size() < types.length && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : KafkaTestUtils.getRecords(topic, Duration.ofMillis(500))) {
                JsonNode event = json.readTree(record.value());
                if (society.toString().equals(record.key()) && List.of(types).contains(event.get("type").asString())) {
                    found.put(event.get("type").asString(), event.get("data"));
                }
            }
        }
        assertThat(found.keySet()).as("events for " + society + " within 10 s").containsExactlyInAnyOrder(types);
        return found;
    }

    private UUID society(String registeredOn) throws Exception {
        String body = mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"年检测试学会%s","disciplineCategory":"AGRICULTURE","hostUnit":"市农业农村局",
                         "registeredOn":"%s"}""".formatted(UUID.randomUUID(), registeredOn)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }
}
