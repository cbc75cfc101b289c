package org.citycast.society.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.ServiceTest;
import org.citycast.society.platform.TopicEvents;
import org.citycast.society.registration.RegistrationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * ADMIN's dates for a year's round, and the inspection's deadlines as the reminders hear of them:
 * {@code DeadlineScheduled}, {@code DeadlineMet}, {@code DeadlineCancelled} on {@code society.events},
 * keyed by the deadline.
 */
class InspectionScheduleTests extends ServiceTest {

    @Autowired
    InspectionService inspections;
    @Autowired
    RegistrationService registration;

    TopicEvents events;

    @BeforeEach
    void listen() {
        events = new TopicEvents(broker, "society.events", json);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theReportAndForwardingDeadlinesAreAnnouncedMetCancelledAndMovedWithTheYearsDates() throws Exception {
        int year = 2003;
        UUID society = society("1985-03-01");
        String report = "annual-report:" + society + ":" + year;
        String forwarding = "inspection-forwarding:" + society + ":" + year;
        clock.setToday(LocalDate.of(year + 1, 1, 5));
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin())).andExpect(status().isOk());
        JsonNode scheduled = next(report, "DeadlineScheduled.v1");
        assertThat(scheduled.get("dueAt").asString()).isEqualTo("2004-03-31T16:00:00Z");
        assertThat(scheduled.get("kind").asString()).isEqualTo("ANNUAL_REPORT");
        assertThat(scheduled.get("audience").get("kind").asString()).isEqualTo("SOCIETY");
        assertThat(scheduled.get("audience").get("societyId").asString()).isEqualTo(society.toString());
        assertThat(scheduled.get("title").asString()).contains("2003年度工作报告");
        assertThat(scheduled.get("link").asString()).isEqualTo("/api/societies/" + society + "/inspections");

        // ADMIN extends the year's report deadline: told again under the same id, with the new date
        mvc.perform(json(put("/api/societies/inspections/rounds/" + year + "/schedule").with(admin()),
                        "{\"reportDue\":\"2004-04-30\",\"reason\":\"因系统升级延期一个月\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportDue").value("2004-04-30"))
                .andExpect(jsonPath("$.opensOn").value("2004-01-01"))
                .andExpect(jsonPath("$.forwardDue").value("2004-05-31"))
                .andExpect(jsonPath("$.custom").value(true));
        assertThat(next(report, "DeadlineScheduled.v1").get("dueAt").asString()).isEqualTo("2004-04-30T16:00:00Z");
        mvc.perform(get("/api/societies/" + society + "/inspections").with(admin()))
                .andExpect(jsonPath("$[0].reportDue").value("2004-04-30"));

        // filed in the extension: met, and now the association owes the forwarding
        clock.setToday(LocalDate.of(year + 1, 4, 20));
        String base = "/api/societies/" + society + "/inspections/" + year;
        mvc.perform(json(put(base + "/report").with(secretaryOf(society)), InspectionTests.REPORT))
                .andExpect(status().isOk());
        assertThat(next(report, "DeadlineMet.v1").get("metAt").asString()).isNotBlank();
        JsonNode forward = next(forwarding, "DeadlineScheduled.v1");
        assertThat(forward.get("audience").get("kind").asString()).isEqualTo("ADMIN");
        assertThat(forward.get("dueAt").asString()).isEqualTo("2004-05-31T16:00:00Z");

        // returned for correction: the forwarding no longer applies, the report is due again
        mvc.perform(json(post(base + "/pre-review").with(admin()), "{\"passed\":false,\"comments\":\"财务数据不全\"}"))
                .andExpect(status().isOk());
        assertThat(next(forwarding, "DeadlineCancelled.v1").get("reason").asString()).isEqualTo("年检报告已退回学会修改");
        assertThat(next(report, "DeadlineScheduled.v1").get("dueAt").asString()).isEqualTo("2004-05-05T16:00:00Z");

        mvc.perform(json(put(base + "/report").with(secretaryOf(society)), InspectionTests.REPORT))
                .andExpect(status().isOk());
        mvc.perform(json(post(base + "/pre-review").with(admin()), "{\"passed\":true}")).andExpect(status().isOk());
        mvc.perform(post(base + "/forwarding").with(admin())).andExpect(status().isOk());
        assertThat(next(forwarding, "DeadlineMet.v1").get("kind").asString()).isEqualTo("INSPECTION_FORWARDING");
    }

    @Test
    void aYearsRoundOpensEarlyOnlyWhenAdminScheduledIt() throws Exception {
        int year = 2004;
        UUID society = society("1986-05-01");
        clock.setToday(LocalDate.of(year, 12, 4));
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/societies/inspections/rounds/" + year + "/schedule").with(admin()))
                .andExpect(jsonPath("$.opensOn").value("2005-01-01"))
                .andExpect(jsonPath("$.reportDue").value("2005-03-31"))
                .andExpect(jsonPath("$.custom").value(false));

        mvc.perform(json(put("/api/societies/inspections/rounds/" + year + "/schedule").with(admin()),
                        "{\"opensOn\":\"2004-12-04\",\"reportDue\":\"2004-12-11\",\"reason\":\"年终总结提前报送\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin())).andExpect(status().isOk());
        mvc.perform(get("/api/societies/" + society + "/inspections").with(admin()))
                .andExpect(jsonPath("$[0].year").value(year))
                .andExpect(jsonPath("$[0].status").value("PENDING"))
                .andExpect(jsonPath("$[0].reportDue").value("2004-12-11"));
        assertThat(next("annual-report:" + society + ":" + year, "DeadlineScheduled.v1").get("dueAt").asString())
                .isEqualTo("2004-12-11T16:00:00Z");
        assertThat(inspections.openDueRounds().stream().map(InspectionService.Round::year))
                .as("the nightly job finds it open already").doesNotContain(year);
    }

    @Test
    void theNightlyJobOpensARoundAdminScheduledEarlyOnItsDay() throws Exception {
        int year = 2005;
        UUID society = society("1986-06-01");
        clock.setToday(LocalDate.of(year, 11, 20));
        mvc.perform(json(put("/api/societies/inspections/rounds/" + year + "/schedule").with(admin()),
                "{\"opensOn\":\"2005-12-01\",\"reportDue\":\"2006-01-15\",\"forwardDue\":\"2006-03-31\",\"reason\":\"提前启动\"}"))
                .andExpect(status().isOk());
        assertThat(inspections.openDueRounds().stream().map(InspectionService.Round::year)).doesNotContain(year);
        clock.setToday(LocalDate.of(year, 12, 1));
        assertThat(inspections.openDueRounds().stream().map(InspectionService.Round::year)).contains(year);
        mvc.perform(get("/api/societies/" + society + "/inspections").with(admin()))
                .andExpect(jsonPath("$[0].year").value(year))
                .andExpect(jsonPath("$[0].reportDue").value("2006-01-15"))
                .andExpect(jsonPath("$[0].forwardDue").value("2006-03-31"));
    }

    @Test
    void aDisqualifiedSocietyOwesNoReportAndHoldsNoElection() throws Exception {
        int year = 2010;
        UUID society = society("1999-03-01");
        clock.setToday(LocalDate.of(year + 1, 1, 20));
        mvc.perform(json(post("/api/societies/" + society + "/terms").with(admin()), """
                {"startedOn":"2008-05-01"}""")).andExpect(status().isCreated());
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin())).andExpect(status().isOk());
        next("annual-report:" + society + ":" + year, "DeadlineScheduled.v1");

        registration.disqualify(society, "连续两年未参加年检");
        assertThat(next("annual-report:" + society + ":" + year, "DeadlineCancelled.v1").get("reason").asString())
                .isEqualTo("学会已被取消会员资格");
        next("term-plan:" + society + ":1", "DeadlineCancelled.v1");
        assertThat(next("term-election:" + society + ":1", "DeadlineCancelled.v1").get("kind").asString())
                .isEqualTo("TERM_ELECTION");
    }

    @Test
    void theYearsDatesMustFollowOneAnother() throws Exception {
        String path = "/api/societies/inspections/rounds/2006/schedule";
        mvc.perform(json(put(path).with(admin()), "{\"opensOn\":\"2007-02-01\",\"reportDue\":\"2007-01-31\",\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reportDue"));
        mvc.perform(json(put(path).with(admin()), "{\"reportDue\":\"2007-06-30\",\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("forwardDue"));
        mvc.perform(json(put(path).with(admin()), "{\"opensOn\":\"2005-12-01\",\"reportDue\":\"2007-03-31\",\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("opensOn"));
        clock.setToday(LocalDate.of(2007, 4, 1));
        mvc.perform(json(put(path).with(admin()), "{\"reportDue\":\"2007-03-31\",\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reportDue"));
        mvc.perform(json(put(path).with(admin()), "{\"reportDue\":\"2007-03-31\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(json(put(path).with(secretaryOf(UUID.randomUUID())), "{\"reportDue\":\"2007-03-31\",\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    private JsonNode next(String deadline, String type) {
        return events.next(deadline, type).get("data");
    }

    private UUID society(String registeredOn) throws Exception {
        String body = mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"年检日程学会%s","disciplineCategory":"AGRICULTURE","hostUnit":"市农业农村局",
                         "registeredOn":"%s"}""".formatted(UUID.randomUUID(), registeredOn)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }
}
