package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.deploy.FundingIT.ok;
import static org.citycast.deploy.Platform.get;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.tokenFor;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A new pool expert gets a working reviewer's account from the platform's API alone, and loses it:
 * ADMIN grants REVIEWER, Keycloak mails the set-password link, the person signs in with a token
 * that carries their {@code expert_id}; funding then knows who they are, so an application from
 * their own society can neither be assigned to them nor seen by them, while another society's
 * can; revoking the role ends the account's sessions.
 */
class ExpertAccountsIT {

    static final String SOCIETY_A = Fixture.SOCIETY_A;
    static final String PASSWORD = "Copper-Meadow-2026";

    @Test
    void aGrantedReviewerSignsInAsTheExpertAndNeverSeesTheirOwnSocietysApplication() {
        String admin = tokenFor("admin");
        String expert = newPoolExpert(admin);
        String email = "reviewer-" + UUID.randomUUID().toString().substring(0, 8) + "@accounts.test";

        assertThat(post("/api/societies/expert-accounts", tokenFor("secretary1"), grant(expert, email)).status())
                .as("only ADMIN grants").isEqualTo(403);
        Platform.Response granted = post("/api/societies/expert-accounts", admin, grant(expert, email));
        assertThat(granted.status()).as(granted.raw()).isEqualTo(202);
        String account = "/api/societies/expert-accounts/" + granted.body().get("id").asString();
        JsonNode synced = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(account, admin).body(),
                        a -> a.get("synced").asBoolean() && a.hasNonNull("invitationMailedAt"));
        assertThat(synced.get("state").asString()).isEqualTo("ACTIVE");

        JsonNode mail = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> People.inbox(email), inbox -> inbox.size() > 0).get(0);
        assertThat(mail.get("mimeMessage").asString()).as("the set-password link").contains("login-actions/action-token");

        People.choosePassword(synced.get("keycloakUserId").asString(), PASSWORD);
        HttpResponse<String> signIn = People.signIn(email, PASSWORD);
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
        JsonNode tokens = People.body(signIn);
        JsonNode claims = People.claims(tokens);
        assertThat(claims.get("expert_id").asString()).isEqualTo(expert);
        assertThat(claims.get("realm_access").get("roles").valueStream().map(JsonNode::asString)).contains("REVIEWER");
        String reviewer = tokens.get("access_token").asString();

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String call = FundingIT.openCall(admin, today);
        String own = inReview(tokenFor("secretary1"), call, "本会专家回避测试", today, admin);
        Platform.Response refused = post("/api/funding/applications/" + own + "/reviewers", admin,
                "{\"expertIds\":[\"" + expert + "\"]}");
        assertThat(refused.status()).as("a member of the applying society is not assigned: " + refused.raw())
                .isEqualTo(409);
        assertThat(get("/api/funding/applications/" + own + "/reviews", reviewer).status()).isEqualTo(404);
        assertThat(get("/api/funding/applications/" + own, reviewer).status()).isEqualTo(404);

        String other = inReview(tokenFor("secretary2"), call, "他会专家评审测试", today, admin);
        ok(post("/api/funding/applications/" + other + "/reviewers", admin, "{\"expertIds\":[\"" + expert + "\"]}"));
        assertThat(get("/api/funding/applications/" + other + "/reviews", reviewer).status()).isEqualTo(200);
        assertThat(get("/api/funding/reviews/assignments?size=200", reviewer).body().get("content").valueStream()
                .map(a -> a.get("applicationId").asString())).contains(other).doesNotContain(own);

        ok(Platform.call("DELETE", account + "/roles/REVIEWER", admin, null));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(account, admin).body(),
                        a -> a.get("state").asString().equals("WITHDRAWN") && a.get("synced").asBoolean());
        HttpResponse<String> refresh = People.refresh(tokens);
        assertThat(refresh.statusCode()).as(refresh.body()).isEqualTo(400);
        assertThat(refresh.body()).contains("invalid_grant");
    }

    /**
     * A new expert of 济宁市医学会, admitted to the science and technology pool the way the committee
     * does it (secretary1 nominates, reviewer1 votes, ADMIN admits), once society-service and
     * funding-service have heard of the admission from expert.events.
     */
    private static String newPoolExpert(String admin) {
        String phone = "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
        Platform.Response nominated = post("/api/experts/nominations", tokenFor("secretary1"), """
                {"pool":"SCI_TECH","societyId":"%s","expert":{"name":"账号专家%s","employer":"济宁市第一人民医院",
                 "title":"主任医师","titleLevel":"FULL_SENIOR","category":"SCIENCE","phone":"%s"}}"""
                .formatted(SOCIETY_A, phone.substring(7), phone));
        assertThat(nominated.status()).as(nominated.raw()).isEqualTo(201);
        String nomination = "/api/experts/nominations/" + nominated.body().get("id").asString();
        String expert = nominated.body().get("expert").get("id").asString();
        ok(post(nomination + "/votes", tokenFor("reviewer1"), "{\"approve\":true}"));
        ok(post(nomination + "/decision", admin, "{\"admit\":true}"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                Databases.first("society", "select id from pool_expert where id = ?::uuid", expert) != null);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Platform.Response known = get("/api/funding/reviewers/" + expert, admin);
            assertThat(known.status()).isEqualTo(200);
            assertThat(known.body().get("societyIds").valueStream().map(JsonNode::asString)).containsExactly(SOCIETY_A);
        });
        // event-service's speakers come from its own copy of the pool, fed by the same event
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                Databases.first("event", "select society_id from expert_society where expert_id = ?::uuid", expert) != null);
        assertThat(Databases.first("event", "select society_id::text from expert_society where expert_id = ?::uuid", expert))
                .isEqualTo(SOCIETY_A);
        return expert;
    }

    /** A society's application to {@code call}, submitted and through the formal check. */
    private static String inReview(String secretary, String call, String title, LocalDate today, String admin) {
        Platform.Response drafted = post("/api/funding/applications", secretary, FundingIT.form(call, title, today));
        assertThat(drafted.status()).as(drafted.raw()).isEqualTo(201);
        String application = drafted.body().get("id").asString();
        ok(post("/api/funding/applications/" + application + "/submission", secretary, ""));
        ok(post("/api/funding/applications/" + application + "/formal-check", admin, "{\"passed\":true}"));
        return application;
    }

    private static String grant(String expert, String email) {
        return "{\"expertId\":\"" + expert + "\",\"email\":\"" + email + "\",\"roles\":[\"REVIEWER\"]}";
    }
}
