package org.citycast.society.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.reviewer;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citycast.society.ServiceTest;
import org.citycast.society.inspection.InspectionService;
import org.citycast.society.platform.AssociationTime;
import org.citycast.society.pool.PoolExperts;
import org.citycast.society.registration.RegistrationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A grading round through the API (application, recused scoring, public notice, confirmation,
 * certificate), the exclusions read from the register's history, the grade's lowering, revocation
 * and lapse, and the function-transfer projects only an eligible society can be awarded.
 */
class GradingTests extends ServiceTest {

    static final String SELF = """
            {"basicConditions":58,"internalGovernance":300,"workPerformance":360,"socialEvaluation":140,"partyBuilding":65}""";
    static final String HIGH = """
            {"points":{"basicConditions":55,"internalGovernance":300,"workPerformance":350,"socialEvaluation":130,
             "partyBuilding":65},"comments":"制度健全"}""";
    static final String LOWER = """
            {"points":{"basicConditions":50,"internalGovernance":290,"workPerformance":340,"socialEvaluation":120,
             "partyBuilding":60}}""";

    @Autowired
    InspectionService inspections;
    @Autowired
    RegistrationService registration;
    @Autowired
    GradeService grades;
    @Autowired
    PoolExperts pool;

    static final Path EXPERT_SAMPLES = Path.of("../expert-service/src/main/resources/events");

    @Test
    void aRoundRunsFromApplicationToCertificate() throws Exception {
        UUID society = society("市科学技术协会");
        UUID round = openRound();
        read(mvc.perform(get("/api/societies/" + society + "/evaluation/eligibility").with(secretaryOf(society)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.basis").value("FIRST_GRADING")));

        mvc.perform(json(post("/api/societies/" + society + "/evaluation/applications").with(secretaryOf(UUID.randomUUID())),
                application(round, SELF))).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/societies/" + society + "/evaluation/applications").with(secretaryOf(society)),
                        application(round, SELF.replace("\"basicConditions\":58", "\"basicConditions\":61"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("selfAssessment.basicConditions"));
        UUID app = id(mvc.perform(json(post("/api/societies/" + society + "/evaluation/applications")
                        .with(secretaryOf(society)), application(round, SELF)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.selfAssessmentTotal").value(923)));
        mvc.perform(json(post("/api/societies/" + society + "/evaluation/applications").with(secretaryOf(society)),
                application(round, SELF))).andExpect(status().isConflict());

        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        mvc.perform(json(post("/api/societies/evaluation/applications/" + app + "/assessors").with(admin()),
                        assessor(member, "会员专家", null, society)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("belongs to")));
        mvc.perform(json(post("/api/societies/evaluation/applications/" + app + "/assessors").with(admin()),
                        assessor(UUID.randomUUID(), "协会干部", "市科学技术协会", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("host unit")));
        mvc.perform(json(post("/api/societies/evaluation/applications/" + app + "/assessors").with(admin()),
                assessor(first, "周强", "济宁学院", null))).andExpect(status().isCreated());
        mvc.perform(json(post("/api/societies/evaluation/applications/" + app + "/assessors").with(admin()),
                assessor(second, "李红", "济宁医学院", UUID.randomUUID()))).andExpect(status().isCreated());

        mvc.perform(json(put(mine(app)).with(reviewer(first)), HIGH)).andExpect(status().isConflict());
        mvc.perform(post("/api/societies/evaluation/rounds/" + round + "/scoring").with(admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SCORING"));
        mvc.perform(json(put(mine(app)).with(reviewer(member)), HIGH)).andExpect(status().isNotFound());
        mvc.perform(get("/api/societies/evaluation/applications/" + app).with(reviewer(member)))
                .andExpect(status().isNotFound());
        mvc.perform(json(put(mine(app)).with(reviewer(first)), HIGH.replace("\"partyBuilding\":65", "\"partyBuilding\":71")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("points.partyBuilding"));
        mvc.perform(post("/api/societies/evaluation/rounds/" + round + "/notice").with(admin()))
                .andExpect(status().isConflict());
        mvc.perform(json(put(mine(app)).with(reviewer(first)), HIGH)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(900));
        mvc.perform(get("/api/societies/evaluation/assessments/mine").with(reviewer(first)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].societyName").exists());
        mvc.perform(json(put(mine(app)).with(reviewer(second)), LOWER)).andExpect(status().isOk());
        mvc.perform(get("/api/societies/evaluation/applications/" + app).with(secretaryOf(society)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assessments").doesNotExist());

        mvc.perform(json(post("/api/societies/evaluation/rounds/" + round + "/notice").with(admin()),
                "{\"noticePeriod\":\"PT1S\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("noticePeriod"));
        mvc.perform(json(post("/api/societies/evaluation/rounds/" + round + "/notice").with(admin()),
                        "{\"noticePeriod\":\"P7D\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ON_NOTICE"));
        JsonNode notices = read(mvc.perform(get("/api/societies/public/evaluation/notices")).andExpect(status().isOk()));
        JsonNode proposal = null;
        for (JsonNode notice : notices) {
            for (JsonNode entry : notice.get("proposals")) {
                if (entry.get("applicationId").asString().equals(app.toString())) {
                    proposal = entry;
                }
            }
        }
        assertThat(proposal).as("the proposed grade is on public notice").isNotNull();
        assertThat(new BigDecimal(proposal.get("score").asString())).isEqualByComparingTo("880.0");
        assertThat(proposal.get("proposedLevel").asString()).isEqualTo("AAAA");

        mvc.perform(post("/api/societies/evaluation/rounds/" + round + "/confirmation").with(admin()))
                .andExpect(status().isConflict());
        clock.setToday(AssociationTime.today(clock).plusDays(8));
        mvc.perform(post("/api/societies/evaluation/rounds/" + round + "/confirmation").with(admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        JsonNode graded = read(mvc.perform(get("/api/societies/" + society + "/grades").with(secretaryOf(society)))
                .andExpect(status().isOk()));
        assertThat(graded.get(0).get("level").asString()).isEqualTo("AAAA");
        LocalDate awarded = LocalDate.parse(graded.get(0).get("awardedOn").asString());
        assertThat(graded.get(0).get("validUntil").asString()).isEqualTo(awarded.plusYears(5).minusDays(1).toString());
        UUID grade = UUID.fromString(graded.get(0).get("id").asString());

        byte[] pdf = mvc.perform(get("/api/societies/grades/" + grade + "/certificate.pdf").with(secretaryOf(society)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("社会组织评估等级证书", "4A级", "评定学会", graded.get(0).get("certificateNumber").asString());
        }
        mvc.perform(get("/api/societies/grades/" + grade + "/certificate.pdf").with(secretaryOf(UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/societies/grades?minimumLevel=AAAA&q=评定学会").with(secretaryOf(UUID.randomUUID())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].id").value(grade.toString()));
    }

    @Test
    void anExpertThePoolKnowsIsRecusedUnderTheEmployerThePoolReports() throws Exception {
        UUID society = society("市科学技术局");
        UUID round = openRound();
        UUID app = id(mvc.perform(json(post("/api/societies/" + society + "/evaluation/applications").with(admin()),
                application(round, SELF))).andExpect(status().isCreated()));
        UUID official = UUID.randomUUID();
        UUID professor = UUID.randomUUID();
        admitted(official, "王建国", "市科学技术局");
        admitted(professor, "刘振华", "济宁学院");
        await().atMost(Duration.ofSeconds(10)).until(() -> pool.find(official).isPresent() && pool.find(professor)
                .isPresent());

        mvc.perform(json(post("/api/societies/evaluation/applications/" + app + "/assessors").with(admin()),
                        "{\"expertId\":\"" + official + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("王建国 works for 市科学技术局, the host unit")));
        // a declaration does not hide the employer the pool reports
        mvc.perform(json(post("/api/societies/evaluation/applications/" + app + "/assessors").with(admin()),
                        "{\"expertId\":\"" + official + "\",\"name\":\"王建国\",\"employer\":\"济宁学院\"}"))
                .andExpect(status().isConflict());
        mvc.perform(json(post("/api/societies/evaluation/applications/" + app + "/assessors").with(admin()),
                        "{\"expertId\":\"" + professor + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.assessorName").value("刘振华"))
                .andExpect(jsonPath("$.employer").value("济宁学院"));
        mvc.perform(json(post("/api/societies/evaluation/applications/" + app + "/assessors").with(admin()),
                        "{\"expertId\":\"" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void theExclusionsComeFromTheRegistersHistory() throws Exception {
        UUID round = openRound();
        int lastYear = AssociationTime.today(clock).getYear() - 1;

        UUID missed = society("市科学技术协会");
        inspections.recordPastYear(missed, lastYear, null, null);
        mvc.perform(json(post("/api/societies/" + missed + "/evaluation/applications").with(secretaryOf(missed)),
                        application(round, SELF)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("societyId"))
                .andExpect(jsonPath("$.detail").value(containsString(
                        "missed the " + lastYear + " annual inspection")));

        UUID dormant = society("市科学技术协会");
        mvc.perform(json(put("/api/societies/" + dormant + "/health-tier").with(admin()),
                "{\"healthTier\":\"DORMANT\",\"reason\":\"多年未开展活动\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/societies/" + dormant + "/evaluation/eligibility").with(admin()))
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.reasons[0].code").value("ABNORMAL_ACTIVITY"));

        mvc.perform(get("/api/societies/evaluation/eligibility").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.societyId == '" + missed + "')].reasons[0].code").value("MISSED_INSPECTION"));
    }

    @Test
    void onlyAnEligibleSocietyIsEverAwardedAFunctionTransferProject() throws Exception {
        UUID graded = society("市科学技术协会");
        UUID ungraded = society("市科学技术协会");
        UUID excluded = society("市科学技术协会");
        LocalDate today = AssociationTime.today(clock);
        Grade grade = grades.recordPastGrade(graded, GradeLevel.AAAA, new BigDecimal("880.0"),
                today.minusMonths(3));
        grades.recordPastGrade(excluded, GradeLevel.AAAAA, new BigDecimal("960.0"),
                today.minusMonths(3));
        inspections.recordPastYear(excluded, today.getYear() - 1, null, null);

        mvc.perform(json(post("/api/societies/function-transfers").with(admin()), project(ungraded)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("societyId"))
                .andExpect(jsonPath("$.detail").value(containsString("no evaluation grade in force")));
        mvc.perform(json(post("/api/societies/function-transfers").with(admin()), project(excluded)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("missed the")));
        mvc.perform(json(post("/api/societies/function-transfers").with(admin()),
                        project(graded).replace("市卫生健康委员会", "某不存在的局")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("commissioningBureau"));
        UUID project = id(mvc.perform(json(post("/api/societies/function-transfers").with(admin()), project(graded)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contractAmount").value("186000.50"))
                .andExpect(jsonPath("$.gradeAtAward").value("AAAA"))
                .andExpect(jsonPath("$.milestones[0].number").value(1)));

        String base = "/api/societies/function-transfers/" + project;
        mvc.perform(get(base).with(secretaryOf(UUID.randomUUID()))).andExpect(status().isNotFound());
        mvc.perform(json(post(base + "/milestones/1/completion").with(secretaryOf(graded)),
                "{\"completedOn\":\"" + today + "\",\"note\":\"评审完成\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.milestones[0].completedOn").value(today.toString()));
        mvc.perform(json(post(base + "/evaluation").with(admin()), "{\"rating\":\"GOOD\"}"))
                .andExpect(status().isConflict());
        mvc.perform(json(post(base + "/outcome").with(secretaryOf(graded)),
                "{\"summary\":\"完成学分审验3200人次\",\"deliveredOn\":\"" + today + "\"}")).andExpect(status().isOk());
        mvc.perform(json(post(base + "/evaluation").with(admin()), "{\"rating\":\"EXCELLENT\",\"comments\":\"按期完成\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EVALUATED"));
        mvc.perform(get("/api/societies/function-transfers").with(secretaryOf(graded))).andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(1));

        mvc.perform(json(post("/api/societies/grades/" + grade.getId() + "/lowering").with(admin()),
                "{\"level\":\"AA\",\"reason\":\"年度抽查发现财务管理不规范\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("AA"));
        mvc.perform(json(post("/api/societies/function-transfers").with(admin()), project(graded)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("holds 2A级")));
        mvc.perform(json(post("/api/societies/grades/" + grade.getId() + "/revocation").with(admin()),
                "{\"reason\":\"提供虚假材料\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.lapseCause").value("REVOKED"));
        mvc.perform(json(post("/api/societies/function-transfers").with(admin()), project(graded)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/societies/function-transfers/candidates").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.societyId == '" + graded + "')].eligible").value(false));

        JsonNode stats = read(mvc.perform(get("/api/societies/stats?year=" + today.getYear()).with(admin()))
                .andExpect(status().isOk()));
        assertThat(stats.get("functionTransfers").get("awarded").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("grades").get("awarded").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aGradeLapsesAtTheEndOfItsValidityAndWhenTheSocietyIsDisqualified() throws Exception {
        LocalDate today = AssociationTime.today(clock);
        UUID old = society("市科学技术协会");
        UUID disqualified = society("市科学技术协会");
        Grade expiring = grades.recordPastGrade(old, GradeLevel.AAA, new BigDecimal("720.0"),
                today.minusYears(5));
        Grade held = grades.recordPastGrade(disqualified, GradeLevel.AAA, new BigDecimal("720.0"),
                today.minusYears(1));
        assertThat(expiring.getValidUntil()).isEqualTo(today.minusDays(1));

        mvc.perform(post("/api/societies/grades/expiry-check").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.lapsed").value(greaterThanOrEqualTo(1)));
        assertThat(grades.ofSociety(old).get(0).getLapseCause()).isEqualTo(LapseCause.EXPIRED);
        mvc.perform(get("/api/societies/" + old + "/evaluation/eligibility").with(admin()))
                .andExpect(jsonPath("$.basis").value("GRADE_LAPSED"));

        registration.disqualify(disqualified, "连续两年未参加年检");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(grades.ofSociety(disqualified).get(0).getLapseCause()).isEqualTo(LapseCause.DISQUALIFIED));
        assertThat(grades.ofSociety(disqualified).get(0).getId()).isEqualTo(held.getId());
    }

    /** expert-service's sample ExpertAdmitted about this expert, as the pool read model hears it. */
    private void admitted(UUID expert, String name, String employer) throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(Files.readString(EXPERT_SAMPLES.resolve("ExpertAdmitted.v1.json")));
        String id = UUID.randomUUID().toString();
        String now = Instant.now().toString();
        event.put("id", id).put("time", now).put("subject", expert.toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("eventId", id).put("occurredAt", now);
        ((ObjectNode) data.get("expert")).put("id", expert.toString()).put("name", name).put("employer", employer);
        broker.send("expert.events", expert.toString(), json.writeValueAsBytes(event));
    }

    private UUID openRound() throws Exception {
        return id(mvc.perform(json(post("/api/societies/evaluation/rounds").with(admin()), """
                        {"year":%d,"name":"社会组织评估","applicationsCloseOn":"%s"}"""
                        .formatted(AssociationTime.today(clock).getYear(), AssociationTime.today(clock).plusDays(30))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OPEN")));
    }

    private UUID society(String hostUnit) throws Exception {
        return id(mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"评定学会%s","disciplineCategory":"SCIENCE","hostUnit":"%s",
                         "registeredOn":"2010-05-01"}""".formatted(UUID.randomUUID(), hostUnit)))
                .andExpect(status().isCreated()));
    }

    private static String application(UUID round, String self) {
        return "{\"roundId\":\"" + round + "\",\"statement\":\"本会组织机构健全\",\"selfAssessment\":" + self + "}";
    }

    private static String assessor(UUID expert, String name, String employer, UUID society) {
        return "{\"expertId\":\"" + expert + "\",\"name\":\"" + name + "\""
                + (employer == null ? "" : ",\"employer\":\"" + employer + "\"")
                + (society == null ? "" : ",\"societyIds\":[\"" + society + "\"]") + "}";
    }

    private static String mine(UUID application) {
        return "/api/societies/evaluation/applications/" + application + "/assessments/mine";
    }

    private static String project(UUID society) {
        LocalDate today = LocalDate.now(AssociationTime.ZONE);
        return """
                {"kind":"FUNCTION_TRANSFER","title":"继续医学教育学分审验","commissioningBureau":"市卫生健康委员会",
                 "function":"承接继续医学教育项目评审与学分审验","contractAmount":"186000.50","startsOn":"%s","endsOn":"%s",
                 "societyId":"%s","milestones":[{"title":"项目评审","dueOn":"%s"}]}"""
                .formatted(today, today.plusYears(1), society, today.plusMonths(2));
    }

    private UUID id(ResultActions result) throws Exception {
        return UUID.fromString(read(result).get("id").asString());
    }

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
