package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.deploy.Platform.get;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.tokenFor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The platform gives a society's secretary a working Keycloak account and takes it away, through
 * its API alone: ADMIN invites, Keycloak mails the set-password link, the account's token carries
 * SOCIETY_SECRETARY and the society's id and opens the society's record; the society's
 * disqualification disables the account and its refresh token stops working.
 */
class SecretariatAccountsIT {

    static final String PASSWORD = "Lantern-Harbour-2026";

    private final HttpClient http = HttpClient.newHttpClient();
    private String accountPath;

    @AfterEach
    void removeTheAccount() throws Exception {
        if (accountPath != null) {
            http.send(HttpRequest.newBuilder(URI.create(Platform.GATEWAY + accountPath))
                    .header("Authorization", "Bearer " + tokenFor("admin")).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void anInvitedSecretarySignsInWithTheSocietysIdAndIsShutOutWhenTheSocietyIsDisqualified() throws Exception {
        String admin = tokenFor("admin");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Platform.Response society = post("/api/societies", admin, """
                {"reason":"录入现有学会名录","name":"济宁市账号测试学会%s","disciplineCategory":"SCIENCE",
                 "hostUnit":"市科学技术协会","healthTier":"DORMANT"}""".formatted(suffix));
        assertThat(society.status()).as(society.raw()).isEqualTo(201);
        String societyId = society.body().get("id").asString();
        String accounts = "/api/societies/" + societyId + "/secretariat-accounts";

        assertThat(post(accounts, tokenFor("secretary1"), invitation("secretary-" + suffix)).status())
                .as("a secretary cannot invite").isEqualTo(403);
        String email = "secretary-" + suffix + "@accounts.test";
        Platform.Response invited = post(accounts, admin, invitation("secretary-" + suffix));
        assertThat(invited.status()).as(invited.raw()).isEqualTo(202);
        accountPath = accounts + "/" + invited.body().get("id").asString();

        JsonNode account = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(accounts, admin).body().get(0), a -> a.get("synced").asBoolean());
        assertThat(account.get("state").asString()).isEqualTo("ACTIVE");
        String userId = account.get("keycloakUserId").asString();

        JsonNode mail = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> People.inbox(email), inbox -> inbox.size() > 0).get(0);
        assertThat(mail.get("mimeMessage").asString()).as("the set-password link").contains("login-actions/action-token");
        People.choosePassword(userId, PASSWORD);

        HttpResponse<String> signIn = People.signIn(email, PASSWORD);
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
        JsonNode tokens = People.body(signIn);
        JsonNode claims = People.claims(tokens);
        assertThat(claims.get("society_id").asString()).isEqualTo(societyId);
        assertThat(claims.get("realm_access").get("roles").valueStream().map(JsonNode::asString))
                .contains("SOCIETY_SECRETARY");
        String secretary = tokens.get("access_token").asString();
        assertThat(get("/api/societies/" + societyId, secretary).status()).isEqualTo(200);
        assertThat(get("/api/societies/11111111-1111-4111-8111-111111111111", secretary).status()).isEqualTo(404);

        Platform.Response opened = post("/api/societies/standing/evaluations", admin, "");
        assertThat(opened.status()).as(opened.raw()).isEqualTo(200);
        String caseId = get("/api/societies/standing/cases?status=DRAFTED", admin).body().valueStream()
                .filter(c -> c.get("societyId").asString().equals(societyId)).findFirst().orElseThrow()
                .get("id").asString();
        Platform.Response confirmed = post("/api/societies/standing/cases/" + caseId + "/confirmation", admin, "{}");
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(accounts, admin).body().get(0),
                        a -> a.get("state").asString().equals("DISABLED") && a.get("synced").asBoolean());
        HttpResponse<String> refresh = People.refresh(tokens);
        assertThat(refresh.statusCode()).as(refresh.body()).isEqualTo(400);
        assertThat(refresh.body()).contains("invalid_grant");
        assertThat(People.signIn(email, PASSWORD).statusCode()).as("a disabled account cannot sign in").isNotEqualTo(200);
    }

    private static String invitation(String local) {
        return "{\"name\":\"张晓燕\",\"email\":\"" + local + "@accounts.test\",\"phone\":\"0537-2345678\"}";
    }
}
