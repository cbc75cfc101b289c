package org.citycast.society.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.citycast.society.ServiceTest;
import org.citycast.society.inspection.InspectionOutcome;
import org.citycast.society.inspection.InspectionService;
import org.citycast.society.registration.RegistrationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** The year's figures move by exactly what happens in the year. */
class FiguresTests extends ServiceTest {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Autowired
    RegistrationService registration;
    @Autowired
    InspectionService inspections;

    @Test
    void theWorkReportCountsComeFromTheRegistersOwnHistory() throws Exception {
        JsonNode before = figures(YEAR);
        JsonNode inspectedBefore = figures(2015);

        UUID joined = create("/api/societies/transfers", """
                {"name":"统计转入学会%s","disciplineCategory":"ENGINEERING","hostUnit":"市工业和信息化局",
                 "creditCode":"51370800MJ38528062","partyOrganisation":{"form":"JOINT","establishedOn":"2020-01-01","memberCount":4}}""");
        mvc.perform(post("/api/societies/" + joined + "/joining").with(admin())).andExpect(status().isOk());

        UUID founded = create("/api/societies/founding-applications", """
                {"name":"统计新建学会%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会","individualMembers":60,
                 "unitMembers":0,"assets":"30000.00","legalRepresentative":"孙丽","address":"济宁市"}""");
        mvc.perform(json(put("/api/societies/" + founded + "/party-organisation").with(admin()), """
                {"form":"INSTRUCTOR_ASSIGNED","establishedOn":"2020-01-01","memberCount":0}""")).andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + founded + "/submission").with(admin())).andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + founded + "/pre-approval").with(admin())).andExpect(status().isOk());
        registration.recordRegistration(founded, "51370800MJ8414856B", LocalDate.now(ZoneId.of("Asia/Shanghai")));

        UUID dropped = create("/api/societies", """
                {"reason":"录入现有学会名录","name":"统计解除学会%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会"}""");
        registration.disqualify(dropped, "处于停滞状态，名存实亡");

        UUID renewed = create("/api/societies", """
                {"reason":"录入现有学会名录","name":"统计换届学会%s","disciplineCategory":"MEDICINE","hostUnit":"市卫生健康委员会",
                 "registeredOn":"2010-03-01"}""");
        mvc.perform(json(post("/api/societies/" + renewed + "/terms").with(admin()), """
                {"startedOn":"2019-01-01"}""")).andExpect(status().isCreated());
        mvc.perform(json(post("/api/societies/" + renewed + "/terms/current/result").with(admin()), """
                {"electedOn":"%s","leaders":[{"position":"理事长","name":"周强"}]}"""
                .formatted(LocalDate.now(ZoneId.of("Asia/Shanghai"))))).andExpect(status().isOk());

        clock.setToday(LocalDate.of(2016, 1, 20));
        mvc.perform(post("/api/societies/inspections/rounds/2015").with(admin())).andExpect(status().isOk());
        mvc.perform(json(put("/api/societies/" + renewed + "/inspections/2015/report").with(admin()), """
                {"summary":"年度工作","activitiesHeld":3,"individualMembers":100,"unitMembers":2,
                 "income":"10000.00","expenditure":"9000.00","netAssets":"50000.00"}""")).andExpect(status().isOk());
        mvc.perform(json(post("/api/societies/" + renewed + "/inspections/2015/pre-review").with(admin()),
                "{\"passed\":true}")).andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + renewed + "/inspections/2015/forwarding").with(admin()))
                .andExpect(status().isOk());
        inspections.recordOutcome(renewed, 2015, InspectionOutcome.QUALIFIED);
        clock.reset();

        JsonNode after = figures(YEAR);
        assertThat(after.get("joined").asLong() - before.get("joined").asLong()).isEqualTo(1);
        assertThat(after.get("founded").asLong() - before.get("founded").asLong()).isEqualTo(1);
        assertThat(after.get("disqualifications").asLong() - before.get("disqualifications").asLong()).isEqualTo(1);
        assertThat(after.get("reElectionsHeld").asLong() - before.get("reElectionsHeld").asLong()).isEqualTo(1);
        assertThat(count(after.get("byStatus"), "DISQUALIFIED") - count(before.get("byStatus"), "DISQUALIFIED"))
                .isEqualTo(1);
        // the joined society and the founded one: both came through the party-building gate
        assertThat(after.get("partyCoverage").get("covered").asLong()
                - before.get("partyCoverage").get("covered").asLong()).isEqualTo(2);
        assertThat(after.get("partyCoverage").get("active").asLong()
                - before.get("partyCoverage").get("active").asLong()).isEqualTo(3);

        JsonNode inspected = figures(2015);
        assertThat(count(inspected.get("inspectionsByOutcome"), "QUALIFIED")
                - count(inspectedBefore.get("inspectionsByOutcome"), "QUALIFIED")).isEqualTo(1);
    }

    @Test
    void aPastYearsFiguresAreTheRegisterAsOfThirtyFirstDecemberAndStayPut() throws Exception {
        JsonNode before2001 = figures(2001);
        JsonNode before2002 = figures(2002);

        clock.setToday(LocalDate.of(2001, 3, 1));
        UUID a = create("/api/societies", """
                {"name":"统计跨年甲学会%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会","reason":"录入名录"}""");
        UUID b = create("/api/societies", """
                {"name":"统计跨年乙学会%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会","reason":"录入名录"}""");
        mvc.perform(json(put("/api/societies/" + b + "/health-tier").with(admin()), """
                {"healthTier":"DORMANT"}""")).andExpect(status().isOk());
        mvc.perform(json(put("/api/societies/" + b + "/party-organisation").with(admin()), """
                {"form":"JOINT","establishedOn":"2001-02-01","memberCount":3}""")).andExpect(status().isOk());

        clock.setToday(LocalDate.of(2002, 2, 1));
        registration.disqualify(a, "处于停滞状态，名存实亡");
        create("/api/societies", """
                {"name":"统计跨年丙学会%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会","reason":"录入名录"}""");
        create("/api/societies", """
                {"name":"统计跨年丁学会%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会","reason":"录入名录"}""");
        mvc.perform(json(put("/api/societies/" + b + "/health-tier").with(admin()), """
                {"healthTier":"SOUND_WEAK"}""")).andExpect(status().isOk());
        clock.reset();
        mvc.perform(json(put("/api/societies/" + b + "/health-tier").with(admin()), """
                {"healthTier":"INCOMPLETE"}""")).andExpect(status().isOk());

        JsonNode in2001 = figures(2001);
        assertThat(delta(in2001, before2001, "byStatus", "ACTIVE")).isEqualTo(2);
        assertThat(delta(in2001, before2001, "byStatus", "DISQUALIFIED")).isZero();
        assertThat(delta(in2001, before2001, "activeByHealthTier", "SOUND_ACTIVE")).isEqualTo(1);
        assertThat(delta(in2001, before2001, "activeByHealthTier", "DORMANT")).isEqualTo(1);
        assertThat(delta(in2001, before2001, "activeByHealthTier", "INCOMPLETE")).isZero();
        assertThat(in2001.get("societies").asLong() - before2001.get("societies").asLong()).isEqualTo(2);
        assertThat(in2001.get("activeAtStartOfYear").asLong() - before2001.get("activeAtStartOfYear").asLong())
                .as("created within 2001: not active as 2001 began").isZero();
        assertThat(delta(in2001, before2001, "partyCoverage", "active")).isEqualTo(2);
        assertThat(delta(in2001, before2001, "partyCoverage", "covered")).isEqualTo(1);

        JsonNode in2002 = figures(2002);
        assertThat(delta(in2002, before2002, "byStatus", "ACTIVE")).isEqualTo(3);
        assertThat(delta(in2002, before2002, "byStatus", "DISQUALIFIED")).isEqualTo(1);
        assertThat(delta(in2002, before2002, "activeByHealthTier", "SOUND_WEAK")).isEqualTo(1);
        assertThat(delta(in2002, before2002, "activeByHealthTier", "SOUND_ACTIVE")).isEqualTo(2);
        assertThat(delta(in2002, before2002, "activeByHealthTier", "INCOMPLETE")).isZero();
        assertThat(in2002.get("disqualifications").asLong() - before2002.get("disqualifications").asLong())
                .isEqualTo(1);
        assertThat(in2002.get("activeAtStartOfYear").asLong() - before2002.get("activeAtStartOfYear").asLong())
                .as("both active on 31 December 2001").isEqualTo(2);

        mvc.perform(json(put("/api/societies/" + b + "/health-tier").with(admin()), """
                {"healthTier":"SOUND_ACTIVE"}""")).andExpect(status().isOk());
        assertThat(figures(2001)).isEqualTo(in2001);
        assertThat(figures(2002)).isEqualTo(in2002);
    }

    private static long delta(JsonNode after, JsonNode before, String block, String key) {
        return count(after.get(block), key) - count(before.get(block), key);
    }

    @Test
    void onlyAdminReadsTheFigures() throws Exception {
        mvc.perform(get("/api/societies/stats").with(secretaryOf(UUID.randomUUID()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/societies/stats").param("year", "1800").with(admin()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/societies/stats").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(YEAR));
    }

    private JsonNode figures(int year) throws Exception {
        return json.readTree(mvc.perform(get("/api/societies/stats").param("year", "" + year).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static long count(JsonNode counts, String key) {
        return counts.has(key) ? counts.get(key).asLong() : 0;
    }

    private UUID create(String path, String body) throws Exception {
        String response = mvc.perform(json(post(path).with(admin()), body.formatted(UUID.randomUUID())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(response).get("id").asString());
    }
}
