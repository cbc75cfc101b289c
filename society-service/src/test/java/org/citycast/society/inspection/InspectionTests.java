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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.ServiceTest;
import org.citycast.society.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

class InspectionTests extends ServiceTest {

    static final String REPORT = """
            {"summary":"全年举办学术年会1次、专题讲座6场","activitiesHeld":7,"individualMembers":320,"unitMembers":12,
             "income":"86000.00","expenditure":"79500.50","netAssets":"120300.25"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    InspectionService inspections;

    @AfterEach
    void realTime() {
        clock.reset();
    }

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
                .andExpect(jsonPath("$[0].report.expenditure").value(79500.50));
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

    private UUID society(String registeredOn) throws Exception {
        String body = mvc.perform(json(post("/api/societies").with(admin()), """
                        {"name":"年检测试学会%s","disciplineCategory":"AGRICULTURE","hostUnit":"市农业农村局",
                         "registeredOn":"%s"}""".formatted(UUID.randomUUID(), registeredOn)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
