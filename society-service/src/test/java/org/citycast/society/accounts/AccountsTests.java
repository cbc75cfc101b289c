package org.citycast.society.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.society.OutsideSystems.KEYCLOAK_URL;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycast.society.ServiceTest;
import org.citycast.society.registration.SocietyDisqualified;
import org.citycast.society.registration.SocietyRegister;
import org.citycast.society.registration.SocietyStatus;
import org.citycast.society.registration.SocietySummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Secretariat accounts against the real Keycloak of the realm {@code society} ({@code KEYCLOAK_URL}):
 * an invitation becomes a Keycloak user with the role and the society's id, Keycloak mails the
 * person the set-password link (through the realm's SMTP settings, to GreenMail), a one-time
 * password cannot be used without replacing it, and a disqualification disables the account, once.
 */
class AccountsTests extends ServiceTest {

    @Autowired
    KeycloakUsers keycloak;
    @Autowired
    SocietyRegister register;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    private final List<String> createdUsers = new ArrayList<>();

    @BeforeAll
    static void mailServer() {
        Mailbox.ensureServer();
    }

    @AfterEach
    void removeTheUsers() {
        createdUsers.forEach(keycloak::remove);
    }

    @Test
    void aSecretaryCannotInviteNorListEvenForTheirOwnSociety() throws Exception {
        UUID society = entered("济宁市测绘学会");
        mvc.perform(json(post("/api/societies/" + society + "/secretariat-accounts").with(secretaryOf(society)),
                        invitation("李雷", "lilei-" + UUID.randomUUID() + "@accounts.test")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/societies/" + society + "/secretariat-accounts").with(secretaryOf(society)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM secretariat_account WHERE society_id = ?").param(society)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aBadInvitationNamesItsFields() throws Exception {
        UUID society = entered("济宁市气象学会");
        mvc.perform(json(post("/api/societies/" + society + "/secretariat-accounts").with(admin()),
                        "{\"name\":\"\",\"email\":\"not-an-email\",\"phone\":\"call me\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "name", "email", "phone")));
        mvc.perform(json(post("/api/societies/" + UUID.randomUUID() + "/secretariat-accounts").with(admin()),
                        invitation("韩梅梅", "hmm@accounts.test")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anInvitedSecretaryGetsARoleAndTheSocietyIdAndLosesThemWithTheSociety() throws Exception {
        UUID society = entered("济宁市地理学会");
        String email = "wang-" + UUID.randomUUID().toString().substring(0, 8) + "@accounts.test";
        JsonNode invited = body(mvc.perform(json(post("/api/societies/" + society + "/secretariat-accounts")
                        .with(admin()), invitation("王小明", email.toUpperCase())))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.username").value(email))
                .andExpect(jsonPath("$.state").value("ACTIVE")));
        String account = invited.get("id").asString();

        JsonNode synced = await().atMost(Duration.ofSeconds(20)).until(() -> only(society), a -> a.get("synced").asBoolean());
        String userId = synced.get("keycloakUserId").asString();
        createdUsers.add(userId);
        KeycloakUsers.UserRepresentation user = keycloak.findByUsername(email).orElseThrow();
        assertThat(user.id()).isEqualTo(userId);
        assertThat(user.enabled()).isTrue();
        assertThat(user.lastName() + user.firstName()).isEqualTo("王小明");
        assertThat(user.attributes().get("society_id")).containsExactly(society.toString());
        assertThat(user.requiredActions()).contains("UPDATE_PASSWORD");
        assertThat(keycloak.realmRoles(userId)).contains("SOCIETY_SECRETARY");

        Mailbox.Mail invitation = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .alias("the set-password mail in " + Mailbox.describe())
                .until(() -> Mailbox.to(email), mails -> !mails.isEmpty()).get(0);
        assertThat(Keycloak.actionLink(invitation.text())).startsWith(KEYCLOAK_URL + "/realms/society/");
        await().atMost(Duration.ofSeconds(10)).until(() -> only(society).hasNonNull("invitationMailedAt"));

        mvc.perform(json(post("/api/societies/" + society + "/secretariat-accounts").with(admin()),
                        invitation("王小明", email)))
                .andExpect(status().isConflict());

        JsonNode once = body(mvc.perform(post("/api/societies/" + society + "/secretariat-accounts/" + account
                        + "/one-time-password").with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store")));
        String password = once.get("password").asString();
        assertThat(password).hasSize(16).matches(".*[A-Z].*").matches(".*[a-z].*").matches(".*[0-9].*");
        HttpResponse<String> signIn = passwordGrant(email, password);
        assertThat(signIn.statusCode()).as("a temporary password must be replaced before a token is issued")
                .isEqualTo(400);
        assertThat(signIn.body()).contains("Account is not fully set up");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE CAST(after AS TEXT) LIKE ?")
                .param("%" + password + "%").query(Long.class).single()).isZero();

        disqualify(society);
        disqualify(society);
        await().atMost(Duration.ofSeconds(20)).until(() -> only(society),
                a -> a.get("state").asString().equals("DISABLED") && a.get("synced").asBoolean());
        assertThat(keycloak.findByUsername(email).orElseThrow().enabled()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE society_id = ? AND action = 'SECRETARY_ACCOUNT_DISABLED'")
                .param(society).query(Long.class).single()).as("a repeated event disables once").isEqualTo(1);

        mvc.perform(delete("/api/societies/" + society + "/secretariat-accounts/" + account).with(admin()))
                .andExpect(status().isNoContent());
        await().atMost(Duration.ofSeconds(20)).until(() -> only(society),
                a -> a.get("state").asString().equals("REMOVED") && a.get("synced").asBoolean());
        assertThat(keycloak.findByUsername(email)).isEmpty();
    }

    @Test
    void someoneElsesKeycloakAccountIsNeverTakenOver() throws Exception {
        UUID society = entered("济宁市天文学会");
        // a Keycloak user of another society, whose row here is gone (as if made by hand)
        UUID other = entered("济宁市海洋学会");
        String email = "taken-" + UUID.randomUUID().toString().substring(0, 8) + "@accounts.test";
        mvc.perform(json(post("/api/societies/" + other + "/secretariat-accounts").with(admin()), invitation("赵六", email)))
                .andExpect(status().isAccepted());
        JsonNode first = await().atMost(Duration.ofSeconds(20)).until(() -> only(other), a -> a.get("synced").asBoolean());
        createdUsers.add(first.get("keycloakUserId").asString());
        jdbc.sql("DELETE FROM secretariat_account WHERE society_id = ?").param(other).update();

        mvc.perform(json(post("/api/societies/" + society + "/secretariat-accounts").with(admin()), invitation("赵六", email)))
                .andExpect(status().isAccepted());
        JsonNode refused = await().atMost(Duration.ofSeconds(20)).until(() -> only(society),
                a -> a.get("synced").asBoolean());
        assertThat(refused.get("state").asString()).isEqualTo("REFUSED");
        assertThat(keycloak.findByUsername(email).orElseThrow().attributes().get("society_id"))
                .containsExactly(other.toString());
    }

    private void disqualify(UUID society) {
        var record = register.get(society);
        transactions.executeWithoutResult(tx -> events.publishEvent(new SocietyDisqualified(UUID.randomUUID(),
                Instant.now(), new SocietySummary(society, record.getName(), null, null, "市科学技术协会",
                        SocietyStatus.DISQUALIFIED, null, null, null, null),
                SocietyStatus.ACTIVE, "连续两年年检不合格")));
    }

    private JsonNode only(UUID society) throws Exception {
        JsonNode list = body(mvc.perform(get("/api/societies/" + society + "/secretariat-accounts").with(admin()))
                .andExpect(status().isOk()));
        assertThat(list.size()).isEqualTo(1);
        return list.get(0);
    }

    private JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private UUID entered(String name) throws Exception {
        return UUID.fromString(body(mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会"}"""
                        .formatted(name + UUID.randomUUID().toString().substring(0, 8))))
                .andExpect(status().isCreated())).get("id").asString());
    }

    private static String invitation(String name, String email) {
        return "{\"name\":\"%s\",\"email\":\"%s\",\"phone\":\"0537-2345678\"}".formatted(name, email);
    }

    private static HttpResponse<String> passwordGrant(String username, String password) throws Exception {
        String form = "grant_type=password&client_id=scripts&username=" + java.net.URLEncoder.encode(username,
                java.nio.charset.StandardCharsets.UTF_8) + "&password=" + password;
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(KEYCLOAK_URL + "/realms/society/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
