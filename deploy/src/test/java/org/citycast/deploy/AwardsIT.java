package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.deploy.Platform.get;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.put;
import static org.citycast.deploy.Platform.tokenFor;

import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycast.deploy.Platform.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * An award year through the gateway with real Keycloak tokens: secretary1 nominates, ADMIN takes
 * the year through its stages, reviewer1 (expert 3333…, a member of secretary2's society) scores
 * what is assigned and never sees the nomination they have a conflict with, anyone objects to the
 * public notice without logging in, and commendation waits for the notice to close and the
 * objection to be answered.
 */
class AwardsIT {

    static final String REVIEWER1 = "33333333-3333-4333-8333-333333333333";
    static final String SOCIETY_OF_SECRETARY1 = "11111111-1111-4111-8111-111111111111";
    static final String SOCIETY_OF_SECRETARY2 = "22222222-2222-4222-8222-222222222222";

    @Test
    void aYearFromNominationToCommendationWithRecusalAndAPublicObjection() {
        String admin = tokenFor("admin");
        String secretary = tokenFor("secretary1");
        String reviewer = tokenFor("reviewer1");
        // the demo pool (with reviewer1's record) is loaded once expert-service has heard of the demo societies
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(get("/api/experts/" + REVIEWER1, admin).status()).isEqualTo(200));
        String reviewerEmployer = get("/api/experts/" + REVIEWER1, reviewer).body().get("employer").asString();

        String programme = created(post("/api/awards/programmes", admin, """
                {"year":%d,"kind":"ACADEMIC_INNOVATION","name":"端到端学术创新奖-%s",
                 "classes":[{"code":"FIRST","name":"一等奖","quota":1},{"code":"SECOND","name":"二等奖","quota":2}],
                 "rubric":[{"code":"innovation","name":"创新性","maxScore":40},{"code":"impact","name":"效益","maxScore":30},
                           {"code":"rigour","name":"科学性","maxScore":30}],
                 "reviewersPerNomination":1,"noticePeriod":"PT20S"}""".formatted(Year.now().getValue(),
                UUID.randomUUID().toString().substring(0, 8))));

        assertThat(post("/api/awards/programmes/" + programme + "/nominations", secretary, nomination("越权提名",
                "某单位", SOCIETY_OF_SECRETARY2)).status()).isEqualTo(403);
        String best = created(post("/api/awards/programmes/" + programme + "/nominations", secretary,
                nomination("端到端甲", "济宁市第一人民医院", null)));
        String conflicted = created(post("/api/awards/programmes/" + programme + "/nominations", secretary,
                nomination("端到端乙", reviewerEmployer, null)));
        String other = created(post("/api/awards/programmes/" + programme + "/nominations", secretary,
                nomination("端到端丙", "济宁市中医院", null)));
        List<String> all = List.of(best, conflicted, other);

        stage(programme, "INITIAL_CHECK", admin);
        assertThat(post("/api/awards/programmes/" + programme + "/stage", admin, "{\"stage\":\"COMPILATION\"}")
                .status()).isEqualTo(409);
        for (String at : List.of("INITIAL_CHECK", "RECHECK", "COMPILATION")) {
            all.forEach(n -> pass(n, at, null, admin));
            stage(programme, switch (at) {
                case "INITIAL_CHECK" -> "RECHECK";
                case "RECHECK" -> "COMPILATION";
                default -> "EXPERT_REVIEW";
            }, admin);
        }

        // recusal: reviewer1 works where the second candidate works
        Response refused = put("/api/awards/nominations/" + conflicted + "/reviewers", admin,
                "{\"reviewerIds\":[\"" + REVIEWER1 + "\"]}");
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        for (String n : List.of(best, other)) {
            Response assigned = put("/api/awards/nominations/" + n + "/reviewers", admin,
                    "{\"reviewerIds\":[\"" + REVIEWER1 + "\"]}");
            assertThat(assigned.status()).as(assigned.raw()).isEqualTo(200);
        }
        Response mine = get("/api/awards/programmes/" + programme + "/nominations", reviewer);
        assertThat(mine.status()).isEqualTo(200);
        List<String> seen = new ArrayList<>();
        mine.body().get("content").forEach(n -> seen.add(n.get("id").asString()));
        assertThat(seen).containsExactlyInAnyOrder(best, other);
        assertThat(get("/api/awards/nominations/" + conflicted, reviewer).status()).isEqualTo(404);
        assertThat(get("/api/awards/nominations/" + conflicted + "/reviews", reviewer).status()).isEqualTo(404);

        score(best, 38, 28, 28, reviewer);
        score(other, 30, 22, 24, reviewer);
        JsonNode ranking = get("/api/awards/programmes/" + programme + "/ranking", admin).body();
        assertThat(ranking.get("ranking").get(0).get("nominationId").asString()).isEqualTo(best);
        assertThat(ranking.get("ranking").get(0).get("meanTotal").asString()).isEqualTo("94.00");

        pass(best, "EXPERT_REVIEW", "FIRST", admin);
        pass(other, "EXPERT_REVIEW", "SECOND", admin);
        pass(conflicted, "EXPERT_REVIEW", "SECOND", admin);
        stage(programme, "INSPECTION", admin);
        all.forEach(n -> pass(n, "INSPECTION", null, admin));
        stage(programme, "PUBLIC_NOTICE", admin);
        Instant noticeOpened = Instant.now();

        // the public notice and an objection, without logging in
        Response notice = get("/api/awards/public/notices/" + programme, null);
        assertThat(notice.status()).as(notice.raw()).isEqualTo(200);
        assertThat(notice.body().get("entries")).hasSize(3);
        Response bad = post("/api/awards/public/notices/" + programme + "/objections", null, """
                {"nominationId":"%s","name":"","phone":"123","content":"短"}""".formatted(other));
        assertThat(bad.status()).as(bad.raw()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        Response filed = post("/api/awards/public/notices/" + programme + "/objections", null, """
                {"nominationId":"%s","name":"王某","phone":"13705370000","content":"候选人成果的完成单位与申报材料不一致，请核实。"}"""
                .formatted(other));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(201);
        String receipt = filed.body().get("receiptNumber").asString();
        assertThat(get("/api/awards/public/objections/" + receipt, null).body().get("status").asString())
                .isEqualTo("OPEN");

        Response early = post("/api/awards/programmes/" + programme + "/stage", admin, "{\"stage\":\"COMMENDATION\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("detail").asString()).contains("objection");

        JsonNode objection = get("/api/awards/objections?programmeId=" + programme, admin).body().get(0);
        assertThat(objection.get("objectorPhone").asString()).isEqualTo("13705370000");
        assertThat(post("/api/awards/objections/" + objection.get("id").asString() + "/answer", admin,
                "{\"upheld\":false,\"answer\":\"经核实，成果完成单位无误，异议不成立。\"}").status()).isEqualTo(200);
        assertThat(get("/api/awards/public/objections/" + receipt, null).body().get("status").asString())
                .isEqualTo("ANSWERED");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> Instant.now().isAfter(noticeOpened.plusSeconds(20)));
        Response commended = post("/api/awards/programmes/" + programme + "/stage", admin,
                "{\"stage\":\"COMMENDATION\"}");
        assertThat(commended.status()).as(commended.raw()).isEqualTo(200);
        assertThat(commended.body().get("stage").asString()).isEqualTo("COMMENDATION");

        JsonNode winner = get("/api/awards/nominations/" + best, secretary).body();
        assertThat(winner.get("status").asString()).isEqualTo("COMMENDED");
        assertThat(winner.get("awardClassName").asString()).isEqualTo("一等奖");
        assertThat(get("/api/awards/nominations/" + best + "/reviews", reviewer).body()).hasSize(1);
        JsonNode stats = get("/api/experts/stats?year=" + Year.now().getValue(), admin).body();
        assertThat(stats.get("pools").get("byPool").get("SCI_TECH").asLong()).isPositive();
    }

    private static String nomination(String candidate, String employer, String society) {
        return """
                {%s"candidateName":"%s","candidateEmployer":"%s","candidateTitle":"主任医师",
                 "workTitle":"%s的研究","category":"MEDICINE"}""".formatted(
                society == null ? "" : "\"societyId\":\"" + society + "\",", candidate, employer, candidate);
    }

    private static void stage(String programme, String stage, String admin) {
        Response response = post("/api/awards/programmes/" + programme + "/stage", admin,
                "{\"stage\":\"" + stage + "\"}");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private static void pass(String nomination, String stage, String awardClass, String admin) {
        Response response = post("/api/awards/nominations/" + nomination + "/outcomes", admin, awardClass == null
                ? "{\"stage\":\"" + stage + "\",\"passed\":true}"
                : "{\"stage\":\"" + stage + "\",\"passed\":true,\"awardClass\":\"" + awardClass + "\"}");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private static void score(String nomination, int innovation, int impact, int rigour, String reviewer) {
        Response response = put("/api/awards/nominations/" + nomination + "/review", reviewer, """
                {"scores":{"innovation":%d,"impact":%d,"rigour":%d},"comment":"同意推荐"}"""
                .formatted(innovation, impact, rigour));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asString();
    }
}
