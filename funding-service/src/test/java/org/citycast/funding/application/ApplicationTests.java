package org.citycast.funding.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.funding.platform.TestTokens.admin;
import static org.citycast.funding.platform.TestTokens.secretaryOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.citycast.funding.Grants;
import org.citycast.funding.GrantsTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import tools.jackson.databind.JsonNode;

class ApplicationTests extends GrantsTest {

    Grants.Scope scope;
    UUID call;

    @BeforeEach
    void aCall() throws Exception {
        scope = grants.scope(new BigDecimal("100000.00"));
        call = grants.call(scope, new BigDecimal("30000.00"));
    }

    @Test
    void aSecretaryDraftsChangesAndWithdrawsOnlyTheirOwnSocietysApplication() throws Exception {
        UUID own = grants.society("济宁市草稿学会", "ACTIVE");
        UUID other = grants.society("济宁市别家学会", "ACTIVE");
        UUID id = grants.draft(own, call, scope, new BigDecimal("12000.00"), "济宁医学院");

        mvc.perform(get("/api/funding/applications/" + id).with(secretaryOf(own)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.requestedAmount").value("12000.00"))
                .andExpect(jsonPath("$.coOrganisers[0]").value("济宁医学院"))
                .andExpect(jsonPath("$.categoryCode").value(scope.category()))
                .andExpect(jsonPath("$.societyName").value(grants.societyName(own)));
        mvc.perform(get("/api/funding/applications/" + id).with(secretaryOf(other))).andExpect(status().isNotFound());
        mvc.perform(json(put("/api/funding/applications/" + id).with(secretaryOf(other)),
                grants.form(call, scope, new BigDecimal("1.00")))).andExpect(status().isForbidden());
        mvc.perform(post("/api/funding/applications/" + id + "/withdrawal").with(secretaryOf(other)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/funding/applications?societyId=" + other).with(secretaryOf(own)),
                grants.form(call, scope, new BigDecimal("1.00")))).andExpect(status().isForbidden());

        mvc.perform(json(put("/api/funding/applications/" + id).with(secretaryOf(own)),
                        grants.form(call, scope, new BigDecimal("15000.00"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.requestedAmount").value("15000.00"));
        mvc.perform(json(post("/api/funding/applications/" + id + "/withdrawal").with(secretaryOf(own)),
                        "{\"reason\":\"活动取消\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.statusComment").value("活动取消"));
        mvc.perform(post("/api/funding/applications/" + id + "/submission").with(secretaryOf(own)))
                .andExpect(status().isConflict());
    }

    @Test
    void badFormsAreRefusedNamingTheField() throws Exception {
        UUID own = grants.society("济宁市表单学会", "ACTIVE");
        mvc.perform(json(post("/api/funding/applications").with(secretaryOf(own)),
                        grants.form(call, scope, new BigDecimal("30000.01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestedAmount"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("30000.00")));
        mvc.perform(json(post("/api/funding/applications").with(secretaryOf(own)),
                        grants.form(call, scope, new BigDecimal("100.00")).replace(scope.subItem(), "POPULAR_SCIENCE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subItem"));
        mvc.perform(json(post("/api/funding/applications").with(secretaryOf(own)),
                        grants.form(call, scope, new BigDecimal("100.00")).replace("\"KEY_ACTIVITY\"", "\"PARTY\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tag"));
        mvc.perform(json(post("/api/funding/applications").with(secretaryOf(own)), """
                        {"callId":"%s","subItem":"%s","tag":"KEY_ACTIVITY","title":"","plannedStart":"2026-05-02",
                         "plannedEnd":"2026-05-01","budgetLines":[{"item":"场地","amount":"-1"}],"requestedAmount":"0"}"""
                        .formatted(call, scope.subItem())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("title",
                        "budgetLines[0].amount", "requestedAmount")));
        mvc.perform(json(post("/api/funding/applications").with(secretaryOf(own)),
                        grants.form(UUID.randomUUID(), scope, new BigDecimal("100.00"))))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM grant_application WHERE society_id = ?").param(own)
                .query(Long.class).single()).isZero();
    }

    @Test
    void applyingIsRefusedWithTheReasonUnlessTheSocietyIsActiveAndTheCallOpen() throws Exception {
        UUID disqualified = grants.society("济宁市除名学会", "DISQUALIFIED");
        UUID draft = grants.draft(disqualified, call, scope, new BigDecimal("5000.00"));
        mvc.perform(post("/api/funding/applications/" + draft + "/submission").with(secretaryOf(disqualified)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("is DISQUALIFIED")));

        UUID unknown = UUID.randomUUID();
        UUID early = grants.draft(unknown, call, scope, new BigDecimal("5000.00"));
        mvc.perform(post("/api/funding/applications/" + early + "/submission").with(secretaryOf(unknown)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("no record of society")));

        UUID active = grants.society("济宁市逾期学会", "ACTIVE");
        UUID late = grants.draft(active, call, scope, new BigDecimal("5000.00"));
        clock.setToday(grants.today().plusDays(31));
        mvc.perform(post("/api/funding/applications/" + late + "/submission").with(secretaryOf(active)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("is CLOSED")));
        assertThat(grants.statuses(List.of(draft, early, late))).containsOnly("DRAFT");
    }

    @Test
    void anOverdueFinalReportBlocksNewApplicationsUntilItIsFiled() throws Exception {
        UUID society = grants.society("济宁市拖延学会", "ACTIVE");
        UUID grant = grants.agreed(society, call, scope, new BigDecimal("6000.00"), grants.today().minusDays(1));
        UUID next = grants.draft(society, call, scope, new BigDecimal("5000.00"));

        mvc.perform(post("/api/funding/applications/" + next + "/submission").with(secretaryOf(society)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("is overdue")))
                .andExpect(jsonPath("$.detail").value(containsString(grants.today().minusDays(1).toString())));

        mvc.perform(post("/api/funding/reports/overdue-check").with(admin())).andExpect(status().isOk());
        mvc.perform(post("/api/funding/reports/overdue-check").with(admin()))
                .andExpect(jsonPath("$.marked").value(0));
        mvc.perform(get("/api/funding/applications/" + grant).with(admin()))
                .andExpect(jsonPath("$.overdueSince").value(grants.today().toString()));
        mvc.perform(get("/api/funding/applications?overdue=true&societyId=" + society).with(admin()))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(grant.toString()));

        mvc.perform(json(put("/api/funding/applications/" + grant + "/final-report").with(secretaryOf(society)), """
                {"summary":"已举办","lines":[{"item":"场地费","actual":"6000.00"}]}""")).andExpect(status().isOk());
        mvc.perform(multipart("/api/funding/applications/" + grant + "/final-report/evidence")
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf",
                        "%PDF-1.4\n%%EOF\n".getBytes()))
                .with(secretaryOf(society))).andExpect(status().isCreated());
        mvc.perform(post("/api/funding/applications/" + grant + "/final-report/submission").with(secretaryOf(society)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/funding/applications/" + next + "/submission").with(secretaryOf(society)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void aReturnedApplicationIsCorrectedAndResubmitted() throws Exception {
        UUID society = grants.society("济宁市退回学会", "ACTIVE");
        UUID id = grants.submitted(society, call, scope, new BigDecimal("9000.00"));
        mvc.perform(json(post("/api/funding/applications/" + id + "/formal-check").with(admin()), "{\"passed\":false}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("comments"));
        mvc.perform(json(post("/api/funding/applications/" + id + "/formal-check").with(admin()),
                        "{\"passed\":false,\"comments\":\"预算明细不全\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.statusComment").value("预算明细不全"));
        mvc.perform(json(put("/api/funding/applications/" + id).with(secretaryOf(society)),
                grants.form(call, scope, new BigDecimal("8000.00")))).andExpect(status().isOk());
        mvc.perform(post("/api/funding/applications/" + id + "/submission").with(secretaryOf(society)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(json(put("/api/funding/applications/" + id).with(secretaryOf(society)),
                grants.form(call, scope, new BigDecimal("1.00")))).andExpect(status().isConflict());
    }

    @Test
    void listsAreFilteredPagedAndScopedToTheSecretarysSociety() throws Exception {
        UUID mine = grants.society("济宁市列表学会", "ACTIVE");
        UUID theirs = grants.society("济宁市他人学会", "ACTIVE");
        for (int i = 0; i < 3; i++) {
            grants.submitted(mine, call, scope, new BigDecimal("1000.00"));
        }
        grants.draft(mine, call, scope, new BigDecimal("1000.00"));
        grants.submitted(theirs, call, scope, new BigDecimal("1000.00"));

        mvc.perform(get("/api/funding/applications?callId=" + call + "&status=SUBMITTED&size=2&sort=requestedAmount,desc")
                        .with(secretaryOf(mine)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.page.totalElements").value(3))
                .andExpect(jsonPath("$.page.totalPages").value(2));
        mvc.perform(get("/api/funding/applications?callId=" + call).with(secretaryOf(mine)))
                .andExpect(jsonPath("$.page.totalElements").value(4));
        mvc.perform(get("/api/funding/applications?callId=" + call + "&societyId=" + theirs).with(secretaryOf(mine)))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/funding/applications?callId=" + call).with(admin()))
                .andExpect(jsonPath("$.page.totalElements").value(5));
        mvc.perform(get("/api/funding/applications?callId=" + call + "&q=他人").with(admin()))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/funding/applications?sort=secret").with(admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/funding/applications?status=NOPE").with(admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));

        byte[] xlsx = mvc.perform(get("/api/funding/applications/export.xlsx?callId=" + call).with(secretaryOf(mine)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("学会");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).startsWith("济宁市列表学会");
        }
        JsonNode one = json.readTree(mvc.perform(get("/api/funding/applications?callId=" + call + "&size=1")
                .with(admin())).andReturn().getResponse().getContentAsString());
        assertThat(one.get("content").get(0).get("requestedAmount").asString()).isEqualTo("1000.00");
    }
}
