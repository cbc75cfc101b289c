package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.deploy.Platform.get;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.put;
import static org.citycast.deploy.Platform.tokenFor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citycast.deploy.Platform.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A grading round end to end through the gateway with real Keycloak tokens: ADMIN opens it, a
 * society's secretariat applies with its self-assessment, reviewer1 is refused where the recusal
 * rules say so and scores where not, the proposed grade goes on public notice (readable without a
 * login), ADMIN confirms after the notice, and the certificate is a PDF with the grade in Chinese.
 * Then function transfer: secretary2's society (basically qualified two years running, never
 * graded) and any society whose grade is gone can never be awarded a project; the graded one can.
 */
class GradingIT {

    static final String REVIEWER1 = Fixture.REVIEWER1;
    static final String SOCIETY_B = Fixture.SOCIETY_B;
    static final String SELF = """
            {"basicConditions":56,"internalGovernance":305,"workPerformance":352,"socialEvaluation":132,"partyBuilding":66}""";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRoundRunsFromApplicationThroughRecusedScoringAndNoticeToTheCertificate() throws Exception {
        String admin = tokenFor("admin");
        String reviewer = tokenFor("reviewer1");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        // a society of its own each run, registered long ago and never graded: eligible for a first grading
        String society = created("/api/societies", admin, """
                {"reason":"录入现有学会名录","name":"济宁市评估测试学会%s","disciplineCategory":"ENGINEERING",
                 "hostUnit":"市工业和信息化局","registeredOn":"2008-04-01"}""".formatted(tag));
        // one whose name is reviewer1's employer's: reviewer1 must stand aside from it
        JsonNode profile = ok(get("/api/experts/" + REVIEWER1, admin));
        String employer = profile.get("employer").asString();
        String ownSociety = created("/api/societies", admin, """
                {"reason":"录入现有学会名录","name":"%s%s校友科技工作者学会","disciplineCategory":"MEDICINE",
                 "hostUnit":"市卫生健康委员会","registeredOn":"2008-04-01"}""".formatted(employer, tag));
        List<String> reviewerSocieties = new ArrayList<>();
        profile.get("societies").forEach(s -> reviewerSocieties.add("\"" + s.get("id").asString() + "\""));
        assertThat(reviewerSocieties).as("reviewer1 belongs to secretary2's society").contains("\"" + SOCIETY_B + "\"");
        String declaration = """
                {"expertId":"%s","name":"%s","employer":"%s","societyIds":[%s]}""".formatted(REVIEWER1,
                profile.get("name").asString(), employer, String.join(",", reviewerSocieties));

        String round = created("/api/societies/evaluation/rounds", admin, """
                {"year":%d,"name":"%d年度社会组织评估（端到端%s）","applicationsCloseOn":"%s"}"""
                .formatted(today.getYear(), today.getYear(), tag, today.plusDays(30)));

        // secretary2's society is excluded by its own history, with the reason and the field named
        Response refused = post("/api/societies/" + SOCIETY_B + "/evaluation/applications", tokenFor("secretary2"),
                application(round));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("societyId");
        assertThat(refused.body().get("detail").asString()).contains("basically qualified");

        String app = created("/api/societies/" + society + "/evaluation/applications", admin, application(round));
        String other = created("/api/societies/" + ownSociety + "/evaluation/applications", admin, application(round));

        Response conflict = post("/api/societies/evaluation/applications/" + other + "/assessors", admin, declaration);
        assertThat(conflict.status()).as(conflict.raw()).isEqualTo(409);
        assertThat(conflict.body().get("detail").asString()).contains("回避").contains(employer);
        ok(post("/api/societies/evaluation/applications/" + app + "/assessors", admin, declaration), 201);
        assertThat(get("/api/societies/evaluation/applications/" + other, reviewer).status())
                .as("an application reviewer1 was not assigned is not there for them").isEqualTo(404);

        ok(post("/api/societies/evaluation/rounds/" + round + "/scoring", admin, ""));
        JsonNode scored = ok(put("/api/societies/evaluation/applications/" + app + "/assessments/mine", reviewer, """
                {"points":{"basicConditions":55,"internalGovernance":300,"workPerformance":350,"socialEvaluation":130,
                 "partyBuilding":65},"comments":"组织健全，业绩突出"}"""));
        assertThat(scored.get("total").asInt()).isEqualTo(900);
        ok(post("/api/societies/evaluation/applications/" + other + "/rejection", admin, """
                {"reason":"评估专家回避后无人评分，转下一批次"}"""));

        ok(post("/api/societies/evaluation/rounds/" + round + "/notice", admin, "{\"noticePeriod\":\"PT10S\"}"));
        Response notices = get("/api/societies/public/evaluation/notices", null);
        assertThat(notices.status()).as(notices.raw()).isEqualTo(200);
        assertThat(notices.raw()).contains(app).contains("济宁市评估测试学会" + tag).contains("\"proposedLevel\":\"AAAA\"");
        Response early = post("/api/societies/evaluation/rounds/" + round + "/confirmation", admin, "");
        assertThat(early.status()).as("confirmed during the notice: " + early.raw()).isEqualTo(409);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() ->
                post("/api/societies/evaluation/rounds/" + round + "/confirmation", admin, "").status() == 200);
        JsonNode grades = ok(get("/api/societies/" + society + "/grades", admin));
        JsonNode grade = grades.get(0);
        assertThat(grade.get("level").asString()).isEqualTo("AAAA");
        assertThat(grade.get("validUntil").asString()).isEqualTo(
                LocalDate.parse(grade.get("awardedOn").asString()).plusYears(5).minusDays(1).toString());
        String text = pdfText("/api/societies/grades/" + grade.get("id").asString() + "/certificate.pdf", admin);
        assertThat(text).contains("社会组织评估等级证书").contains("4A级").contains("济宁市评估测试学会" + tag)
                .contains(grade.get("certificateNumber").asString());
        assertThat(get("/api/societies/grades/" + grade.get("id").asString() + "/certificate.pdf",
                tokenFor("secretary1")).status()).as("another society's certificate").isEqualTo(404);

        // function transfer: only an eligible society, and the refusal names the field and says why
        Response ungraded = post("/api/societies/function-transfers", admin, project(SOCIETY_B));
        assertThat(ungraded.status()).as(ungraded.raw()).isEqualTo(400);
        assertThat(ungraded.body().get("errors").get(0).get("field").asString()).isEqualTo("societyId");
        assertThat(ungraded.body().get("detail").asString()).contains("no evaluation grade in force")
                .contains("basically qualified");
        JsonNode project = ok(post("/api/societies/function-transfers", admin, project(society)), 201);
        assertThat(project.get("gradeAtAward").asString()).isEqualTo("AAAA");
        assertThat(project.get("contractAmount").asString()).isEqualTo("98000.50");
        ok(post("/api/societies/grades/" + grade.get("id").asString() + "/revocation", admin,
                "{\"reason\":\"端到端测试：撤销等级\"}"));
        Response revoked = post("/api/societies/function-transfers", admin, project(society));
        assertThat(revoked.status()).as("a society whose grade was revoked: " + revoked.raw()).isEqualTo(400);

        // publicity's year report hears of the grade and the project (PublicityIT compares every figure)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode figures = ok(get("/api/publicity/reports/" + today.getYear(), admin)).get("figures");
            JsonNode stats = ok(get("/api/societies/stats?year=" + today.getYear(), admin));
            assertThat(figures.get("grades.awarded").asLong()).isEqualTo(stats.get("grades").get("awarded").asLong())
                    .isPositive();
            assertThat(figures.get("functionTransfer.projects").asLong())
                    .isEqualTo(stats.get("functionTransfers").get("awarded").asLong()).isPositive();
        });
    }

    private static String application(String round) {
        return "{\"roundId\":\"" + round + "\",\"statement\":\"本会组织机构健全，年度工作成效显著\",\"selfAssessment\":"
                + SELF + "}";
    }

    private static String project(String society) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return """
                {"kind":"PURCHASED_SERVICE","title":"工业企业技术创新咨询服务","commissioningBureau":"市工业和信息化局",
                 "function":"为中小企业提供技术创新诊断与咨询","contractAmount":"98000.50","startsOn":"%s","endsOn":"%s",
                 "societyId":"%s","milestones":[{"title":"完成企业诊断","dueOn":"%s"}]}"""
                .formatted(today, today.plusYears(1), society, today.plusMonths(3));
    }

    private String pdfText(String path, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(Platform.GATEWAY + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (var document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static String created(String path, String token, String body) {
        return ok(post(path, token, body), 201).get("id").asString();
    }

    private static JsonNode ok(Response response) {
        return ok(response, 200);
    }

    private static JsonNode ok(Response response, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        return response.body();
    }
}
