package org.citycast.society.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.editor;
import static org.citycast.society.platform.TestTokens.reviewer;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citycast.society.ServiceTest;
import org.citycast.society.platform.AccessRuleTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may do what, endpoint by endpoint (the checks are the template's {@link AccessRuleTable}):
 * {@code {id}} is a society of the register; its own secretary and ADMIN get through where the
 * scope lets them, another society's secretary gets 404 for a read and 403 for a write, EDITOR and
 * REVIEWER are refused alike. What an allowed call does is tested with each feature.
 */
class AccessRulesTests extends ServiceTest implements AccessRuleTable<AccessRulesTests.Caller> {

    enum Caller {
        ADMIN, SECRETARY, OTHER_SECRETARY, EDITOR, REVIEWER
    }

    enum Scope {
        /** ADMIN only: everyone else is 403. */
        ADMIN_ONLY,
        /** A society's own records: another society's secretary gets 404 (reads) or 403 (writes). */
        OWN_SOCIETY,
        /** Any signed-in person; what a secretary sees is cut to their own society. */
        SIGNED_IN,
        /** ADMIN, or a secretary opening the founding application of the society in their own token. */
        OWN_FOUNDING,
        /** The civil-affairs system's client only. */
        CIVIL_AFFAIRS_ONLY
    }

    static final String REPORT = """
            {"summary":"x","activitiesHeld":1,"individualMembers":1,"unitMembers":0,"income":"0","expenditure":"0",
             "netAssets":"0"}""";

    static final String PROFILE = """
            {"reason":"录入现有学会名录","name":"越权修改","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会"}""";

    static final UUID NO_ACCOUNT = UUID.randomUUID();

    static final String FOUNDING = """
            {"reason":"筹备","name":"筹备学会{unique}","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会"}""";

    static Rule<Caller> row(HttpMethod method, String path, String body, Scope scope) {
        Rule<Caller> rule = Rule.of(method, path, body);
        int refusedRead = method == HttpMethod.GET ? 404 : 403;
        return switch (scope) {
            case ADMIN_ONLY -> rule.allow(Caller.ADMIN)
                    .answer(403, Caller.SECRETARY, Caller.OTHER_SECRETARY, Caller.EDITOR, Caller.REVIEWER);
            case OWN_SOCIETY -> rule.allow(Caller.ADMIN, Caller.SECRETARY)
                    .answer(refusedRead, Caller.OTHER_SECRETARY, Caller.EDITOR, Caller.REVIEWER);
            case SIGNED_IN -> rule.answer(200, Caller.values());
            case OWN_FOUNDING -> rule.allow(Caller.ADMIN).answer(201, Caller.OTHER_SECRETARY)
                    .answer(403, Caller.EDITOR, Caller.REVIEWER);
            case CIVIL_AFFAIRS_ONLY -> rule.through(Gate.CIVIL_AFFAIRS).answer(403, Caller.values());
        };
    }

    static Stream<Rule<Caller>> rules() {
        return Stream.of(
                row(HttpMethod.POST, "/api/societies", PROFILE, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/transfers", PROFILE, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies", null, Scope.SIGNED_IN),
                row(HttpMethod.GET, "/api/societies/export.xlsx", null, Scope.SIGNED_IN),
                row(HttpMethod.POST, "/api/societies/import", FILE, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/founding-applications", FOUNDING, Scope.OWN_FOUNDING),
                row(HttpMethod.GET, "/api/societies/host-units", null, Scope.SIGNED_IN),
                row(HttpMethod.POST, "/api/societies/{id}/return", "{\"reason\":\"x\"}", Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/{id}/pre-approval", null, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/{id}/joining", null, Scope.ADMIN_ONLY),
                row(HttpMethod.PUT, "/api/societies/{id}/health-tier", "{\"healthTier\":\"DORMANT\"}",
                        Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/{id}/deregistration/liquidation", null,
                        Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/{id}/deregistration/consent", null, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/host-units", "{\"name\":\"某局\"}", Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/host-units/renaming",
                        "{\"from\":\"市教育局\",\"to\":\"某局\"}", Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/audit", null, Scope.ADMIN_ONLY),
                // one fixed address: ADMIN's invitation leaves at most this one user in the real Keycloak
                row(HttpMethod.POST, "/api/societies/{id}/secretariat-accounts",
                        "{\"name\":\"规则\",\"email\":\"access-rules@accounts.test\",\"phone\":\"0537-2345678\"}",
                        Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/{id}/secretariat-accounts", null, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/{id}/secretariat-accounts/" + NO_ACCOUNT + "/disabling", null,
                        Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/{id}/secretariat-accounts/" + NO_ACCOUNT + "/one-time-password",
                        null, Scope.ADMIN_ONLY),
                row(HttpMethod.DELETE, "/api/societies/{id}/secretariat-accounts/" + NO_ACCOUNT, null, Scope.ADMIN_ONLY),
                // an expert the pool has never had: ADMIN's grant is 404, and no user reaches Keycloak
                row(HttpMethod.POST, "/api/societies/expert-accounts",
                        "{\"expertId\":\"" + NO_ACCOUNT + "\",\"email\":\"access-rules-expert@accounts.test\",\"roles\":[\"REVIEWER\"]}",
                        Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/expert-accounts", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/expert-accounts/" + NO_ACCOUNT, null, Scope.ADMIN_ONLY),
                row(HttpMethod.DELETE, "/api/societies/expert-accounts/" + NO_ACCOUNT + "/roles/REVIEWER", null,
                        Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/expert-accounts/" + NO_ACCOUNT + "/one-time-password", null,
                        Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/stats", null, Scope.ADMIN_ONLY),
                row(HttpMethod.PUT, "/api/societies/{id}/correction", PROFILE, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/inspections/forwarding-late", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/jobs/runs", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/{id}", null, Scope.OWN_SOCIETY),
                row(HttpMethod.PUT, "/api/societies/{id}/founding-application", PROFILE, Scope.OWN_SOCIETY),
                row(HttpMethod.PUT, "/api/societies/{id}", PROFILE, Scope.OWN_SOCIETY),
                row(HttpMethod.POST, "/api/societies/{id}/submission", null, Scope.OWN_SOCIETY),
                row(HttpMethod.PUT, "/api/societies/{id}/party-organisation",
                        "{\"form\":\"JOINT\",\"establishedOn\":\"2020-01-01\",\"memberCount\":3}", Scope.OWN_SOCIETY),
                row(HttpMethod.POST, "/api/societies/{id}/deregistration/resolution", "{\"reason\":\"x\"}",
                        Scope.OWN_SOCIETY),
                row(HttpMethod.POST, "/api/societies/inspections/rounds/2019", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/inspections/rounds/2019/schedule", null, Scope.ADMIN_ONLY),
                row(HttpMethod.PUT, "/api/societies/inspections/rounds/2019/schedule",
                        "{\"reportDue\":\"2020-03-31\",\"reason\":\"越权\"}", Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/inspections?year=2019", null, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/inspections/deadline-check", null, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/{id}/inspections/2019/pre-review", "{\"passed\":true}",
                        Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/{id}/inspections/2019/forwarding", null,
                        Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/{id}/inspections", null, Scope.OWN_SOCIETY),
                row(HttpMethod.PUT, "/api/societies/{id}/inspections/2019/report", REPORT, Scope.OWN_SOCIETY),
                row(HttpMethod.GET, "/api/societies/terms/overdue", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/terms/due", null, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/{id}/terms/current/postponement/approval",
                        "{\"approved\":true}", Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/{id}/terms", null, Scope.OWN_SOCIETY),
                row(HttpMethod.POST, "/api/societies/{id}/terms", "{\"startedOn\":\"2020-01-01\"}",
                        Scope.OWN_SOCIETY),
                row(HttpMethod.POST, "/api/societies/{id}/terms/current/plan",
                        "{\"plannedElectionOn\":\"2026-12-01\"}", Scope.OWN_SOCIETY),
                row(HttpMethod.POST, "/api/societies/{id}/terms/current/postponement",
                        "{\"until\":\"2027-01-01\",\"reason\":\"x\"}", Scope.OWN_SOCIETY),
                row(HttpMethod.POST, "/api/societies/{id}/terms/current/result",
                        "{\"electedOn\":\"2026-01-01\",\"leaders\":[{\"position\":\"理事长\",\"name\":\"x\"}]}",
                        Scope.OWN_SOCIETY),
                row(HttpMethod.POST, "/api/societies/standing/evaluations", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/standing/cases", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/standing/cases/{id}/letter.pdf", null, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/standing/cases/{id}/confirmation", null,
                        Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/standing/cases/{id}/dismissal", "{\"reason\":\"x\"}",
                        Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/civil-affairs/inbox", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/dead-letters", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/{id}/activity", null, Scope.OWN_SOCIETY),
                row(HttpMethod.POST, "/api/societies/activity/assessments", null, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/dead-letters/event.events.DLT/0/0/replay", null,
                        Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/civil-affairs/dispatches", null, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/civil-affairs/dispatches/{id}/resend", null, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/civil-affairs/registrations", "{}", Scope.CIVIL_AFFAIRS_ONLY),
                row(HttpMethod.POST, "/api/civil-affairs/inspection-outcomes", "{}", Scope.CIVIL_AFFAIRS_ONLY),
                row(HttpMethod.POST, "/api/civil-affairs/deregistrations", "{}", Scope.CIVIL_AFFAIRS_ONLY),
                // evaluation grades: {round}, {application} and {grade} name nothing, so a caller let through gets 404
                row(HttpMethod.POST, "/api/societies/evaluation/rounds", ROUND, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/evaluation/rounds", null, Scope.SIGNED_IN),
                Rule.<Caller>of(HttpMethod.GET, "/api/societies/evaluation/rounds/" + NOTHING, null)
                        .answer(404, Caller.values()),
                row(HttpMethod.GET, "/api/societies/evaluation/rounds/" + NOTHING + "/applications", null,
                        Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/evaluation/rounds/" + NOTHING + "/scoring", null, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/evaluation/rounds/" + NOTHING + "/notice", null, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/evaluation/rounds/" + NOTHING + "/confirmation", null,
                        Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/evaluation/eligibility", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/{id}/evaluation/eligibility", null, Scope.OWN_SOCIETY),
                row(HttpMethod.GET, "/api/societies/{id}/evaluation/applications", null, Scope.OWN_SOCIETY),
                row(HttpMethod.POST, "/api/societies/{id}/evaluation/applications", APPLICATION, Scope.OWN_SOCIETY),
                Rule.<Caller>of(HttpMethod.GET, "/api/societies/evaluation/applications/" + NOTHING, null)
                        .answer(404, Caller.values()),
                Rule.<Caller>of(HttpMethod.POST, "/api/societies/evaluation/applications/" + NOTHING + "/withdrawal",
                        null).allow(Caller.ADMIN, Caller.SECRETARY, Caller.OTHER_SECRETARY)
                        .answer(403, Caller.EDITOR, Caller.REVIEWER),
                row(HttpMethod.POST, "/api/societies/evaluation/applications/" + NOTHING + "/rejection",
                        "{\"reason\":\"x\"}", Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/evaluation/applications/" + NOTHING + "/assessors",
                        "{\"expertId\":\"" + NOTHING + "\",\"name\":\"x\"}", Scope.ADMIN_ONLY),
                reviewerOnly(HttpMethod.GET, "/api/societies/evaluation/assessments/mine", null),
                reviewerOnly(HttpMethod.PUT, "/api/societies/evaluation/applications/" + NOTHING + "/assessments/mine",
                        SCORE),
                reviewerOnly(HttpMethod.POST, "/api/societies/evaluation/applications/" + NOTHING
                        + "/assessments/mine/recusal", "{\"reason\":\"x\"}"),
                Rule.<Caller>of(HttpMethod.GET, "/api/societies/public/evaluation/notices", null)
                        .through(Gate.PUBLIC).answer(200, Caller.values()),
                row(HttpMethod.GET, "/api/societies/grades", null, Scope.SIGNED_IN),
                row(HttpMethod.GET, "/api/societies/grades/export.xlsx", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/{id}/grades", null, Scope.OWN_SOCIETY),
                Rule.<Caller>of(HttpMethod.GET, "/api/societies/grades/" + NOTHING + "/certificate.pdf", null)
                        .allow(Caller.ADMIN, Caller.SECRETARY, Caller.OTHER_SECRETARY)
                        .answer(403, Caller.EDITOR, Caller.REVIEWER),
                row(HttpMethod.POST, "/api/societies/grades/" + NOTHING + "/lowering",
                        "{\"level\":\"AA\",\"reason\":\"x\"}", Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/grades/" + NOTHING + "/revocation", "{\"reason\":\"x\"}",
                        Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/grades/expiry-check", null, Scope.ADMIN_ONLY),
                // function-transfer projects: {project} names nothing
                row(HttpMethod.POST, "/api/societies/function-transfers", PROJECT, Scope.ADMIN_ONLY),
                Rule.<Caller>of(HttpMethod.GET, "/api/societies/function-transfers", null)
                        .allow(Caller.ADMIN, Caller.SECRETARY, Caller.OTHER_SECRETARY)
                        .answer(403, Caller.EDITOR, Caller.REVIEWER),
                row(HttpMethod.GET, "/api/societies/function-transfers/export.xlsx", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/societies/function-transfers/candidates", null, Scope.ADMIN_ONLY),
                ownProject(HttpMethod.GET, "", null),
                ownProject(HttpMethod.POST, "/milestones", "{\"title\":\"x\",\"dueOn\":\"2030-01-01\"}"),
                ownProject(HttpMethod.POST, "/milestones/1/completion", "{\"completedOn\":\"2020-01-01\"}"),
                ownProject(HttpMethod.POST, "/outcome", "{\"summary\":\"x\",\"deliveredOn\":\"2020-01-01\"}"),
                row(HttpMethod.POST, "/api/societies/function-transfers/" + NOTHING + "/evaluation",
                        "{\"rating\":\"GOOD\"}", Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/societies/function-transfers/" + NOTHING + "/termination",
                        "{\"reason\":\"x\"}", Scope.ADMIN_ONLY));
    }

    static final UUID NOTHING = UUID.randomUUID();

    static final String ROUND = """
            {"year":%d,"name":"权限测试评估","applicationsCloseOn":"2100-01-01"}""".formatted(java.time.Year.now().getValue());

    static final String APPLICATION = """
            {"roundId":"%s","selfAssessment":{"basicConditions":1,"internalGovernance":1,"workPerformance":1,
             "socialEvaluation":1,"partyBuilding":1}}""".formatted(NOTHING);

    static final String SCORE = """
            {"points":{"basicConditions":1,"internalGovernance":1,"workPerformance":1,"socialEvaluation":1,
             "partyBuilding":1}}""";

    static final String PROJECT = """
            {"kind":"PURCHASED_SERVICE","title":"x","commissioningBureau":"市科学技术局","function":"x",
             "contractAmount":"1.00","startsOn":"2030-01-01","endsOn":"2030-12-31","societyId":"{id}"}""";

    /** REVIEWER only (by the expert_id claim); everyone else 403. */
    static Rule<Caller> reviewerOnly(HttpMethod method, String path, String body) {
        return Rule.<Caller>of(method, path, body).allow(Caller.REVIEWER)
                .answer(403, Caller.ADMIN, Caller.SECRETARY, Caller.OTHER_SECRETARY, Caller.EDITOR);
    }

    /** A project's own secretary or ADMIN; with an id that names nothing, whoever gets through gets 404. */
    static Rule<Caller> ownProject(HttpMethod method, String suffix, String body) {
        return Rule.<Caller>of(method, "/api/societies/function-transfers/" + NOTHING + suffix, body)
                .allow(Caller.ADMIN, Caller.SECRETARY, Caller.OTHER_SECRETARY)
                .answer(403, Caller.EDITOR, Caller.REVIEWER);
    }

    UUID society;

    @BeforeEach
    void aSociety() throws Exception {
        String body = mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"权限测试学会%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会"}"""
                        .formatted(UUID.randomUUID())))
                .andReturn().getResponse().getContentAsString();
        society = UUID.fromString(json.readTree(body).get("id").asString());
    }

    @Override
    public MockMvc mvc() {
        return mvc;
    }

    @Override
    public Map<String, String> placeholders() {
        return Map.of("id", society.toString(), "unique", UUID.randomUUID().toString());
    }

    @Override
    public RequestPostProcessor token(Caller caller) {
        return switch (caller) {
            case ADMIN -> admin();
            case SECRETARY -> secretaryOf(society);
            case OTHER_SECRETARY -> secretaryOf(UUID.randomUUID());
            case EDITOR -> editor();
            case REVIEWER -> reviewer(UUID.randomUUID());
        };
    }

    @Test
    void aSecretaryFoundsOnlyTheSocietyInTheirOwnToken() throws Exception {
        UUID own = UUID.randomUUID();
        mvc.perform(json(post("/api/societies/founding-applications").with(secretaryOf(own)),
                        FOUNDING.replace("{unique}", own.toString())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(own.toString()));
    }

    @Test
    void aSecretarysListAndExportHoldOnlyTheirOwnSociety() throws Exception {
        String list = mvc.perform(get("/api/societies?size=500").with(secretaryOf(society)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(list).get("content")).extracting(row -> row.get("id").asString())
                .containsExactly(society.toString());

        byte[] export = mvc.perform(get("/api/societies/export.xlsx").with(secretaryOf(society)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("one header row and one society").isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("权限测试学会");
        }
    }
}
