package org.citycast.society.standing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citycast.society.ServiceTest;
import org.citycast.society.inspection.InspectionOutcome;
import org.citycast.society.inspection.InspectionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

class StandingTests extends ServiceTest {

    @Autowired
    InspectionService inspections;

    @Test
    void twoMissedInspectionsRunningDraftAChineseLetterAndConfirmationDisqualifies() throws Exception {
        UUID society = society("济宁市停摆测试学会", "51370800MJ5472807N");
        for (int year : new int[] {2017, 2018}) {
            clock.setToday(LocalDate.of(year + 1, 1, 10));
            mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin())).andExpect(status().isOk());
            clock.setToday(LocalDate.of(year + 1, 4, 2));
            mvc.perform(post("/api/societies/inspections/deadline-check").with(admin())).andExpect(status().isOk());
        }
        clock.setToday(LocalDate.of(2019, 4, 3));

        JsonNode opened = json.readTree(mvc.perform(post("/api/societies/standing/evaluations").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode letterCase = opened.valueStream()
                .filter(c -> c.get("societyId").asString().equals(society.toString())).findFirst().orElseThrow();
        assertThat(letterCase.get("grounds").asString()).isEqualTo("连续两年（2017年、2018年）未参加年检");
        assertThat(letterCase.get("status").asString()).isEqualTo("DRAFTED");
        assertThat(letterCase.get("createdAt").asString()).startsWith("2019-04-03");
        String caseId = letterCase.get("id").asString();

        mvc.perform(post("/api/societies/standing/evaluations").with(admin()))
                .andExpect(jsonPath("$[?(@.societyId == '" + society + "')]").isEmpty());

        byte[] pdf = mvc.perform(get("/api/societies/standing/cases/" + caseId + "/letter.pdf").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("关于解除济宁市停摆测试学会").contains("会员资格的函")
                    .contains("51370800MJ5472807N").contains("连续两年（2017年、2018年）未参加年检")
                    .contains("经研究决定，解除你会的市科协所属学会会员资格")
                    .contains("济宁市科学技术协会").contains("2019年4月3日");
            // readable anywhere only if the Chinese font travels with the file
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            }
        }

        mvc.perform(post("/api/societies/standing/cases/" + caseId + "/confirmation").with(secretaryOf(society)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/societies/standing/cases/" + caseId + "/confirmation").with(admin()))
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.decidedBy").value("admin"));
        mvc.perform(get("/api/societies/" + society).with(admin()))
                .andExpect(jsonPath("$.status").value("DISQUALIFIED"))
                .andExpect(jsonPath("$.statusReason").value("连续两年（2017年、2018年）未参加年检"));
        mvc.perform(post("/api/societies/standing/cases/" + caseId + "/confirmation").with(admin()))
                .andExpect(status().isConflict());
    }

    @Test
    void aDormantSocietysCaseCanBeDismissedWithAReason() throws Exception {
        UUID society = society("济宁市休眠测试学会", null);
        mvc.perform(json(put("/api/societies/" + society + "/health-tier").with(admin()), """
                {"healthTier":"DORMANT"}""")).andExpect(status().isOk());
        JsonNode opened = json.readTree(mvc.perform(post("/api/societies/standing/evaluations").with(admin()))
                .andReturn().getResponse().getContentAsString());
        String caseId = opened.valueStream().filter(c -> c.get("societyId").asString().equals(society.toString()))
                .findFirst().orElseThrow().get("id").asString();

        mvc.perform(json(post("/api/societies/standing/cases/" + caseId + "/dismissal").with(admin()), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(json(post("/api/societies/standing/cases/" + caseId + "/dismissal").with(admin()), """
                {"reason":"已恢复活动，换届筹备中"}"""))
                .andExpect(jsonPath("$.status").value("DISMISSED"));
        mvc.perform(get("/api/societies/" + society).with(admin())).andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get("/api/societies/standing/cases").param("status", "DISMISSED").with(admin()))
                .andExpect(jsonPath("$[?(@.id == '" + caseId + "')]").exists());
        mvc.perform(json(post("/api/societies/standing/cases/" + caseId + "/dismissal").with(admin()), """
                {"reason":"再次驳回"}"""))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/societies/standing/cases/" + caseId + "/confirmation").with(admin()))
                .andExpect(status().isConflict());

        // the dismissed grounds do not come back the next night; new grounds would
        mvc.perform(post("/api/societies/standing/evaluations").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.societyId == '" + society + "')]").isEmpty());
        mvc.perform(get("/api/societies/standing/cases").with(admin()))
                .andExpect(jsonPath("$[?(@.societyId == '" + society + "')]", hasSize(1)));
    }

    @Test
    void confirmationChecksTheGroundsAgainAndRefusesWhenTheyNoLongerHold() throws Exception {
        UUID society = society("济宁市复苏测试学会" + UUID.randomUUID().toString().substring(0, 6), null);
        mvc.perform(json(put("/api/societies/" + society + "/health-tier").with(admin()), """
                {"healthTier":"DORMANT"}""")).andExpect(status().isOk());
        String caseId = caseOf(society, mvc.perform(post("/api/societies/standing/evaluations").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        mvc.perform(json(put("/api/societies/" + society + "/health-tier").with(admin()), """
                {"healthTier":"SOUND_WEAK"}""")).andExpect(status().isOk());

        mvc.perform(post("/api/societies/standing/cases/" + caseId + "/confirmation").with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("no longer hold")));
        mvc.perform(get("/api/societies/" + society).with(admin())).andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get("/api/societies/standing/cases").param("status", "DRAFTED").with(admin()))
                .andExpect(jsonPath("$[?(@.id == '" + caseId + "')]").exists());
    }

    @Test
    void onlyTheTwoMostRecentInspectionYearsCount() throws Exception {
        UUID recovered = UUID.fromString(json.readTree(mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"济宁市整改测试学会%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会",
                         "registeredOn":"1985-05-01","reason":"录入现有学会名录"}""".formatted(UUID.randomUUID())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString());
        for (int year = 1990; year <= 1993; year++) {
            clock.setToday(LocalDate.of(year + 1, 1, 10));
            mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin())).andExpect(status().isOk());
            if (year >= 1992) {
                pass(recovered, year);
            }
            clock.setToday(LocalDate.of(year + 1, 4, 2));
            mvc.perform(post("/api/societies/inspections/deadline-check").with(admin())).andExpect(status().isOk());
        }
        clock.setToday(LocalDate.of(1994, 4, 3));
        mvc.perform(post("/api/societies/standing/evaluations").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.societyId == '" + recovered + "')]").isEmpty());
    }

    @Test
    void aLetterIsMarkedAsADraftUntilAdminConfirmsIt() throws Exception {
        UUID society = society("济宁市函件测试学会" + UUID.randomUUID().toString().substring(0, 6), null);
        mvc.perform(json(put("/api/societies/" + society + "/health-tier").with(admin()), """
                {"healthTier":"DORMANT"}""")).andExpect(status().isOk());
        String caseId = caseOf(society, mvc.perform(post("/api/societies/standing/evaluations").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(letterText(caseId)).contains("草稿");
        mvc.perform(post("/api/societies/standing/cases/" + caseId + "/confirmation").with(admin()))
                .andExpect(jsonPath("$.status").value("CONFIRMED"));
        assertThat(letterText(caseId)).doesNotContain("草稿").contains("处于停滞状态，名存实亡");
    }

    private void pass(UUID society, int year) throws Exception {
        String base = "/api/societies/" + society + "/inspections/" + year;
        mvc.perform(json(put(base + "/report").with(admin()), """
                {"summary":"年度工作","activitiesHeld":3,"individualMembers":100,"unitMembers":2,
                 "income":"10000.00","expenditure":"9000.00","netAssets":"50000.00"}""")).andExpect(status().isOk());
        mvc.perform(json(post(base + "/pre-review").with(admin()), "{\"passed\":true}")).andExpect(status().isOk());
        mvc.perform(post(base + "/forwarding").with(admin())).andExpect(status().isOk());
        inspections.recordOutcome(society, year, InspectionOutcome.QUALIFIED);
    }

    private String caseOf(UUID society, String cases) {
        return json.readTree(cases).valueStream().filter(c -> c.get("societyId").asString().equals(society.toString()))
                .findFirst().orElseThrow().get("id").asString();
    }

    private String letterText(String caseId) throws Exception {
        byte[] pdf = mvc.perform(get("/api/societies/standing/cases/" + caseId + "/letter.pdf").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    @Test
    void unknownCasesAndFiltersAreRefused() throws Exception {
        UUID unknown = UUID.randomUUID();
        mvc.perform(get("/api/societies/standing/cases/" + unknown + "/letter.pdf").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/societies/standing/cases/" + unknown + "/confirmation").with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/societies/standing/cases").param("status", "REVOKED").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("status")));
    }

    private UUID society(String name, String creditCode) throws Exception {
        String body = mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会",
                         "registeredOn":"2008-05-01"%s}""".formatted(name,
                        creditCode == null ? "" : ",\"creditCode\":\"" + creditCode + "\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }
}
