package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.deploy.Platform.get;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.put;
import static org.citycast.deploy.Platform.tokenFor;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.citycast.deploy.Platform.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A grant's whole path through the gateway with Keycloak's own tokens, against the running
 * services, database and broker: call → application by secretary1 → formal check → scoring by
 * reviewer1 free of conflicts (and a conflicted one refused) → decision → agreement and a tranche
 * → final report with evidence → acceptance → closing, which releases what was not paid.
 */
class FundingIT {

    static final String SECRETARY1_SOCIETY = "11111111-1111-4111-8111-111111111111";
    static final String REVIEWER1 = "33333333-3333-4333-8333-333333333333";
    static final String CATEGORY = "ACADEMIC_EXCHANGE";

    @Test
    void aGrantGoesFromCallToClosingThroughTheGateway() throws Exception {
        String admin = tokenFor("admin");
        String secretary1 = tokenFor("secretary1");
        String secretary2 = tokenFor("secretary2");
        String reviewer1 = tokenFor("reviewer1");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int year = today.getYear();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(
                get("/api/funding/societies/" + SECRETARY1_SOCIETY, admin).body().get("eligibleForGrants").asBoolean())
                .isTrue());
        // reviewer1's expert record comes from expert.events (or, in a demo run without it, the demo's stand-in)
        await().atMost(Duration.ofSeconds(200)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(
                get("/api/funding/reviewers/" + REVIEWER1, admin).status()).isEqualTo(200));
        assertThat(get("/api/funding/reviewers/" + REVIEWER1, admin).body().get("societyIds").valueStream()
                .map(JsonNode::asString)).as("the demo reviewer must not belong to secretary1's society")
                .doesNotContain(SECRETARY1_SOCIETY);

        String call = openCall(admin, today);
        assertThat(get("/api/funding/calls/" + call, secretary1).body().get("status").asString()).isEqualTo("OPEN");

        Response drafted = post("/api/funding/applications", secretary1, form(call, "医学会端到端学术年会", today));
        assertThat(drafted.status()).as(drafted.raw()).isEqualTo(201);
        String application = drafted.body().get("id").asString();
        assertThat(drafted.body().get("societyId").asString()).isEqualTo(SECRETARY1_SOCIETY);
        Response submitted = post("/api/funding/applications/" + application + "/submission", secretary1, "");
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        assertThat(submitted.body().get("status").asString()).isEqualTo("SUBMITTED");

        assertThat(get("/api/funding/applications/" + application, secretary2).status()).isEqualTo(404);
        Response foreign = post("/api/funding/applications/" + application + "/withdrawal", secretary2, "{}");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(get("/api/funding/applications?callId=" + call, secretary2).body().get("page")
                .get("totalElements").asInt()).isZero();
        assertThat(get("/api/funding/applications/" + application, reviewer1).status()).isEqualTo(404);

        ok(post("/api/funding/applications/" + application + "/formal-check", admin, "{\"passed\":true}"));
        ok(post("/api/funding/applications/" + application + "/reviewers", admin,
                "{\"expertIds\":[\"" + REVIEWER1 + "\"]}"));
        conflictedReviewIsRefused(admin, reviewer1, call, today);

        assertThat(get("/api/funding/reviews/assignments?size=200", reviewer1).body().get("content").valueStream()
                .map(a -> a.get("applicationId").asString())).contains(application);
        JsonNode sheet = ok(get("/api/funding/applications/" + application + "/reviews", reviewer1));
        assertThat(sheet.get("rubric").size()).isEqualTo(3);
        JsonNode scored = ok(put("/api/funding/applications/" + application + "/reviews/mine", reviewer1,
                "{\"scores\":{\"significance\":90,\"feasibility\":80,\"budget\":70},\"comments\":\"选题好，预算合理\"}"));
        assertThat(scored.get("mine").get("total").asString()).isEqualTo("81.00");
        JsonNode reviewed = ok(post("/api/funding/applications/" + application + "/review-closing", admin, ""));
        assertThat(reviewed.get("status").asString()).isEqualTo("REVIEWED");
        assertThat(reviewed.get("reviewScore").asString()).isEqualTo("81.00");

        Response tooMuch = post("/api/funding/applications/" + application + "/decision", admin,
                "{\"approved\":true,\"amount\":\"30000.00\"}");
        assertThat(tooMuch.status()).isEqualTo(400);
        JsonNode approved = ok(post("/api/funding/applications/" + application + "/decision", admin,
                "{\"approved\":true,\"amount\":\"20000.00\"}"));
        assertThat(approved.get("approvedAmount").asString()).isEqualTo("20000.00");

        ok(put("/api/funding/applications/" + application + "/agreement", admin, """
                {"signedOn":"%s","reportDueOn":"%s","tranches":[{"amount":"12000.00","dueOn":"%s"},
                 {"amount":"8000.00","dueOn":"%s","condition":"结项报告通过后"}]}"""
                .formatted(today, today.plusDays(60), today, today.plusDays(70))));
        ok(post("/api/funding/applications/" + application + "/tranches/1/disbursement", admin,
                "{\"paidOn\":\"%s\",\"reference\":\"E2E-1\"}".formatted(today)));
        assertThat(get("/api/funding/applications/" + application + "/agreement", secretary1).body().get("paid")
                .asString()).isEqualTo("12000.00");

        ok(put("/api/funding/applications/" + application + "/final-report", secretary1, """
                {"summary":"年会顺利召开","actualAttendance":210,"heldFrom":"%s","heldTo":"%s",
                 "lines":[{"item":"场地费","actual":"9000.00"},{"item":"资料印刷","actual":"6000.00"}]}"""
                .formatted(today, today)));
        HttpResponse<String> evidence = upload("/api/funding/applications/" + application + "/final-report/evidence",
                secretary1, "发票.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(evidence.statusCode()).as(evidence.body()).isEqualTo(201);
        HttpResponse<String> notAPdf = upload("/api/funding/applications/" + application + "/final-report/evidence",
                secretary1, "发票.pdf", "只是文字".getBytes(StandardCharsets.UTF_8));
        assertThat(notAPdf.statusCode()).isEqualTo(400);
        ok(post("/api/funding/applications/" + application + "/final-report/submission", secretary1, ""));
        ok(post("/api/funding/applications/" + application + "/final-report/review", admin,
                "{\"accepted\":true,\"comments\":\"同意结项\"}"));
        JsonNode closed = ok(post("/api/funding/applications/" + application + "/closing", admin, ""));
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("settledAmount").asString()).isEqualTo("12000.00");

        List<String> ledger = get("/api/funding/budgets/" + year + "/ledger?applicationId=" + application, admin)
                .body().get("content").valueStream()
                .map(e -> e.get("kind").asString() + ":" + e.get("amount").asString()).toList();
        assertThat(ledger).containsExactly("COMMITTED:20000.00", "DISBURSED:12000.00", "RELEASED:8000.00");
        JsonNode allocation = get("/api/funding/budgets/" + year, admin).body().get("allocations").valueStream()
                .filter(a -> a.get("categoryCode").asString().equals(CATEGORY)).findFirst().orElseThrow();
        assertThat(new BigDecimal(allocation.get("allocated").asString())).isEqualByComparingTo(
                new BigDecimal(allocation.get("committed").asString())
                        .add(new BigDecimal(allocation.get("available").asString())));

        assertThat(get("/api/funding/audit?subjectId=" + application + "&size=100", admin).body().get("content")
                .valueStream().map(e -> e.get("action").asString()))
                .contains("SUBMITTED", "FORMAL_CHECK_PASSED", "SCORED", "APPROVED", "TRANCHE_PAID", "CLOSED");
        Response stats = get("/api/funding/stats?year=" + year, admin);
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.body().get("grants").get("byTag").size()).isEqualTo(3);
        assertThat(get("/api/funding/stats", secretary1).status()).isEqualTo(403);
    }

    /** An application from a society reviewer1 declared a conflict with is never theirs to see or score. */
    private void conflictedReviewIsRefused(String admin, String reviewer1, String call, LocalDate today) {
        Response society = post("/api/societies", admin, """
                {"name":"济宁市端到端回避学会%s","disciplineCategory":"MEDICINE","hostUnit":"市卫生健康委员会","reason":"录入现有学会名录"}"""
                .formatted(unique()));
        assertThat(society.status()).as(society.raw()).isEqualTo(201);
        String id = society.body().get("id").asString();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(get("/api/funding/societies/" + id, admin).status()).isEqualTo(200));
        String other = ok(post("/api/funding/applications?societyId=" + id, admin, form(call, "回避测试活动", today)))
                .get("id").asString();
        ok(post("/api/funding/applications/" + other + "/submission", admin, ""));
        ok(post("/api/funding/applications/" + other + "/formal-check", admin, "{\"passed\":true}"));
        ok(post("/api/funding/applications/" + other + "/reviewers", admin, "{\"expertIds\":[\"" + REVIEWER1 + "\"]}"));
        Response declared = post("/api/funding/reviews/conflicts", reviewer1,
                "{\"applicationId\":\"%s\",\"reason\":\"本人任该会理事\"}".formatted(other));
        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        assertThat(get("/api/funding/applications/" + other + "/reviews", reviewer1).status()).isEqualTo(404);
        Response again = post("/api/funding/applications/" + other + "/reviewers", admin,
                "{\"expertIds\":[\"" + REVIEWER1 + "\"]}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("detail").asString()).contains("本人任该会理事");
    }

    /** An open call for this year's academic exchange, with 30,000 more allocated to it. */
    static String openCall(String admin, LocalDate today) {
        int year = today.getYear();
        JsonNode budget = get("/api/funding/budgets/" + year, admin).body();
        BigDecimal allocated = budget.get("allocations").valueStream()
                .filter(a -> a.get("categoryCode").asString().equals(CATEGORY)).findFirst()
                .map(a -> new BigDecimal(a.get("allocated").asString())).orElse(BigDecimal.ZERO);
        ok(put("/api/funding/budgets/" + year + "/allocations/" + CATEGORY, admin,
                "{\"amount\":\"%s\"}".formatted(allocated.add(new BigDecimal("30000.00")).toPlainString())));
        return ok(post("/api/funding/calls", admin, """
                {"year":%d,"title":"端到端申报通知%s","opensOn":"%s","closesOn":"%s","maxPerGrant":"30000.00",
                 "categories":["%s"]}""".formatted(year, unique(), today.minusDays(1), today.plusDays(10), CATEGORY)))
                .get("id").asString();
    }

    static String form(String call, String title, LocalDate today) {
        return """
                {"callId":"%s","subItem":"ANNUAL_CONFERENCE","tag":"KEY_ACTIVITY","title":"%s","plannedStart":"%s",
                 "plannedEnd":"%s","venue":"济宁市科技馆","expectedAttendance":200,"coOrganisers":["济宁学院"],
                 "budgetLines":[{"item":"场地费","amount":"15000.00"},{"item":"资料印刷","amount":"10000.00"}],
                 "requestedAmount":"25000.00"}""".formatted(call, title, today.plusDays(20), today.plusDays(21));
    }

    static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.raw()).isBetween(200, 299);
        return response.body();
    }

    private static HttpResponse<String> upload(String path, String token, String filename, byte[] content)
            throws Exception {
        String boundary = "----funding-it-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Platform.GATEWAY + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
