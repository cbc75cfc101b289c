package org.citycast.society.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.society.OutsideSystems.KEYCLOAK;
import static org.citycast.society.OutsideSystems.KEYCLOAK_URL;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.reviewer;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import org.citycast.society.ServiceTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pool experts' accounts against the real Keycloak ({@code KEYCLOAK_URL}) and the real mail path:
 * expert-service's events (its samples, sent through the broker) keep the pool read model; ADMIN
 * grants REVIEWER and EXPERT to an expert in a pool; Keycloak mails the set-password link, the
 * person follows it, and the token carries the roles and the expert's id; leaving the last pool
 * withdraws them and a refresh fails; a grant made while Keycloak is down completes when it is back.
 */
class ExpertAccountsTests extends ServiceTest {

    static final Path SAMPLES = Path.of("../expert-service/src/main/resources/events");
    static final String PASSWORD = "Willow-Lantern-2026";

    @Autowired
    KeycloakUsers keycloak;

    private final Keycloak person = new Keycloak(KEYCLOAK_URL);
    private final List<String> createdUsers = new ArrayList<>();

    @BeforeAll
    static void mailServer() {
        Mailbox.ensureServer();
    }

    @AfterEach
    void removeTheUsers() {
        KEYCLOAK.resetToDefaultMappings();
        KEYCLOAK.stubFor(WireMock.any(WireMock.anyUrl()).atPriority(10)
                .willReturn(WireMock.aResponse().proxiedFrom(KEYCLOAK_URL)));
        createdUsers.forEach(keycloak::remove);
    }

    @Test
    void onlyAdminGrantsAndOnlyToAnExpertInAPool() throws Exception {
        UUID expert = admitted("SCI_TECH");
        mvc.perform(json(post("/api/societies/expert-accounts").with(secretaryOf(UUID.randomUUID())),
                        grant(expert, "x-" + expert + "@accounts.test", "REVIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/societies/expert-accounts").with(reviewer(expert)),
                        grant(expert, "x-" + expert + "@accounts.test", "REVIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/societies/expert-accounts").with(admin()),
                        "{\"expertId\":null,\"email\":\"nope\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("expertId", "email", "roles")));
        mvc.perform(json(post("/api/societies/expert-accounts").with(admin()),
                        grant(expert, "x-" + expert + "@accounts.test", "EDITOR")))
                .andExpect(status().isBadRequest());

        UUID unknown = UUID.randomUUID();
        mvc.perform(json(post("/api/societies/expert-accounts").with(admin()),
                        grant(unknown, "u-" + unknown + "@accounts.test", "REVIEWER")))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("expertId")));

        send(event("ExpertLeftPool.v1", expert, Instant.now(), List.of()));
        await().atMost(Duration.ofSeconds(15)).until(() -> pools(expert).isEmpty());
        mvc.perform(json(post("/api/societies/expert-accounts").with(admin()),
                        grant(expert, "x-" + expert + "@accounts.test", "REVIEWER")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("expertId")));
        assertThat(jdbc.sql("SELECT count(*) FROM expert_account WHERE expert_id = ?").param(expert)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aReviewerGetsTheLinkByMailSignsInWithTheExpertIdAndLosesTheRolesWithTheLastPool() throws Exception {
        UUID expert = admitted("SCI_TECH");
        send(event("ExpertAdmitted.v1", expert, Instant.now(), List.of("SCI_TECH", "POPULAR_SCIENCE")));
        await().atMost(Duration.ofSeconds(15)).until(() -> pools(expert).size() == 2);
        String email = "reviewer-" + expert.toString().substring(0, 8) + "@accounts.test";

        JsonNode granted = body(mvc.perform(json(post("/api/societies/expert-accounts").with(admin()),
                        grant(expert, email.toUpperCase(), "REVIEWER")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.username").value(email))
                .andExpect(jsonPath("$.name").value("刘振华"))
                .andExpect(jsonPath("$.roles[0]").value("REVIEWER")));
        String account = granted.get("id").asString();
        mvc.perform(json(post("/api/societies/expert-accounts").with(admin()), grant(expert, email, "REVIEWER", "EXPERT")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.roles.length()").value(2));
        mvc.perform(json(post("/api/societies/expert-accounts").with(admin()), grant(expert, email, "EXPERT")))
                .andExpect(status().isAccepted());
        mvc.perform(json(post("/api/societies/expert-accounts").with(admin()),
                        grant(expert, "someone-else@accounts.test", "EXPERT")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("email")));

        JsonNode synced = await().atMost(Duration.ofSeconds(20)).until(() -> account(account),
                a -> a.get("synced").asBoolean() && a.get("roles").size() == 2);
        String userId = synced.get("keycloakUserId").asString();
        createdUsers.add(userId);
        KeycloakUsers.UserRepresentation user = keycloak.findByUsername(email).orElseThrow();
        assertThat(user.attributes().get("expert_id")).containsExactly(expert.toString());
        assertThat(user.lastName() + user.firstName()).isEqualTo("刘振华");
        assertThat(keycloak.realmRoles(userId)).contains("REVIEWER", "EXPERT").doesNotContain("SOCIETY_SECRETARY");
        assertThat(audit(expert)).as("a repeated grant changes nothing and records nothing")
                .containsExactly("EXPERT_ACCOUNT_GRANTED", "EXPERT_ROLES_GRANTED");

        Mailbox.Mail invitation = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .alias("the set-password mail in " + Mailbox.describe())
                .until(() -> Mailbox.to(email), mails -> !mails.isEmpty()).get(0);
        String done = person.setPasswordThroughLink(Keycloak.actionLink(invitation.text()), PASSWORD);
        assertThat(done).as("Keycloak's answer to the new password").doesNotContain("password-new");
        assertThat(account(account).hasNonNull("invitationMailedAt")).isTrue();
        assertThat(keycloak.findByUsername(email).orElseThrow().emailVerified()).as("following the link proves the address")
                .isTrue();

        var signedIn = person.signIn(email, PASSWORD);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        JsonNode claims = Keycloak.claims(signedIn);
        assertThat(claims.get("expert_id").asString()).isEqualTo(expert.toString());
        assertThat(claims.get("realm_access").get("roles").valueStream().map(JsonNode::asString))
                .contains("REVIEWER", "EXPERT");

        send(event("ExpertLeftPool.v1", expert, Instant.now(), List.of("POPULAR_SCIENCE")));
        await().atMost(Duration.ofSeconds(15)).until(() -> pools(expert).equals(List.of("POPULAR_SCIENCE")));
        assertThat(account(account).get("state").asString()).as("still in one pool").isEqualTo("ACTIVE");
        assertThat(person.refresh(Keycloak.refreshToken(signedIn)).statusCode()).isEqualTo(200);

        send(event("ExpertLeftPool.v1", expert, Instant.now(), List.of()));
        send(event("ExpertAdmitted.v1", expert, Instant.now().minus(Duration.ofHours(1)), List.of("SCI_TECH")));
        await().atMost(Duration.ofSeconds(20)).until(() -> account(account),
                a -> a.get("state").asString().equals("WITHDRAWN") && a.get("synced").asBoolean());
        assertThat(pools(expert)).as("an older event does not put the expert back").isEmpty();
        assertThat(keycloak.realmRoles(userId)).doesNotContain("REVIEWER", "EXPERT");
        assertThat(keycloak.findByUsername(email).orElseThrow().enabled()).as("no other role: disabled").isFalse();
        var refresh = person.refresh(Keycloak.refreshToken(signedIn));
        assertThat(refresh.statusCode()).as(refresh.body()).isEqualTo(400);
        assertThat(refresh.body()).contains("invalid_grant");
        assertThat(audit(expert)).contains("EXPERT_ACCOUNT_WITHDRAWN");
        mvc.perform(get("/api/societies/audit?expertId=" + expert).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].action").value("EXPERT_ACCOUNT_WITHDRAWN"))
                .andExpect(jsonPath("$.content[0].expertId").value(expert.toString()))
                .andExpect(jsonPath("$.content[0].reason").value("left every pool"));
    }

    @Test
    void revokingTheLastRoleWithdrawsTheAccountAndAGrantRevivesIt() throws Exception {
        UUID expert = admitted("POPULAR_SCIENCE");
        String email = "expert-" + expert.toString().substring(0, 8) + "@accounts.test";
        String account = body(mvc.perform(json(post("/api/societies/expert-accounts").with(admin()),
                        grant(expert, email, "REVIEWER", "EXPERT")))
                .andExpect(status().isAccepted())).get("id").asString();
        String userId = await().atMost(Duration.ofSeconds(20)).until(() -> account(account),
                a -> a.get("synced").asBoolean()).get("keycloakUserId").asString();
        createdUsers.add(userId);

        mvc.perform(delete("/api/societies/expert-accounts/" + account + "/roles/REVIEWER").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles").value(Matchers.contains("EXPERT")))
                .andExpect(jsonPath("$.state").value("ACTIVE"));
        await().atMost(Duration.ofSeconds(20)).until(() -> account(account).get("synced").asBoolean());
        assertThat(keycloak.realmRoles(userId)).contains("EXPERT").doesNotContain("REVIEWER");

        mvc.perform(delete("/api/societies/expert-accounts/" + account + "/roles/EXPERT").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("WITHDRAWN"));
        await().atMost(Duration.ofSeconds(20)).until(() -> account(account).get("synced").asBoolean());
        assertThat(keycloak.realmRoles(userId)).doesNotContain("EXPERT", "REVIEWER");
        assertThat(keycloak.findByUsername(email).orElseThrow().enabled()).isFalse();
        mvc.perform(delete("/api/societies/expert-accounts/" + account + "/roles/EXPERT").with(admin()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/societies/expert-accounts/" + account + "/one-time-password").with(admin()))
                .andExpect(status().isConflict());

        mvc.perform(json(post("/api/societies/expert-accounts").with(admin()), grant(expert, email, "EXPERT")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("ACTIVE"));
        await().atMost(Duration.ofSeconds(20)).until(() -> account(account).get("synced").asBoolean());
        assertThat(keycloak.findByUsername(email).orElseThrow().enabled()).isTrue();
        assertThat(keycloak.realmRoles(userId)).contains("EXPERT").doesNotContain("REVIEWER");
        assertThat(audit(expert)).containsExactly("EXPERT_ACCOUNT_GRANTED", "EXPERT_ROLE_REVOKED",
                "EXPERT_ROLE_REVOKED", "EXPERT_ROLES_GRANTED");

        mvc.perform(delete("/api/societies/expert-accounts/" + UUID.randomUUID() + "/roles/EXPERT").with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/societies/expert-accounts?expertId=" + expert).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void aGrantMadeWhileKeycloakIsDownCompletesWhenItIsBack() throws Exception {
        UUID expert = admitted("SCI_TECH");
        String email = "outage-" + expert.toString().substring(0, 8) + "@accounts.test";
        var down = KEYCLOAK.stubFor(WireMock.any(WireMock.anyUrl()).atPriority(1)
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        String account = body(mvc.perform(json(post("/api/societies/expert-accounts").with(admin()),
                        grant(expert, email, "REVIEWER")))
                .andExpect(status().isAccepted())).get("id").asString();
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                .until(() -> !account(account).get("synced").asBoolean());
        assertThat(KEYCLOAK.findAll(WireMock.anyRequestedFor(WireMock.anyUrl()))).as("the sync tried, and failed")
                .isNotEmpty();
        assertThat(account(account).hasNonNull("keycloakUserId")).isFalse();

        KEYCLOAK.removeStub(down);
        JsonNode synced = await().atMost(Duration.ofSeconds(30)).until(() -> account(account),
                a -> a.get("synced").asBoolean());
        createdUsers.add(synced.get("keycloakUserId").asString());
        assertThat(synced.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(keycloak.realmRoles(synced.get("keycloakUserId").asString())).contains("REVIEWER");
    }

    private UUID admitted(String pool) throws Exception {
        UUID expert = UUID.randomUUID();
        send(event("ExpertAdmitted.v1", expert, Instant.now(), List.of(pool)));
        await().atMost(Duration.ofSeconds(15)).until(() -> pools(expert).contains(pool));
        return expert;
    }

    private List<String> pools(UUID expert) {
        return jdbc.sql("SELECT unnest(pools) FROM pool_expert WHERE id = ?").param(expert).query(String.class).list();
    }

    private List<String> audit(UUID expert) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE expert_id = ? ORDER BY at, action").param(expert)
                .query(String.class).list();
    }

    private JsonNode account(String id) throws Exception {
        return body(mvc.perform(get("/api/societies/expert-accounts/" + id).with(admin())).andExpect(status().isOk()));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static String grant(UUID expert, String email, String... roles) {
        return "{\"expertId\":\"%s\",\"email\":\"%s\",\"roles\":[%s]}".formatted(expert, email,
                String.join(",", java.util.Arrays.stream(roles).map(r -> "\"" + r + "\"").toList()));
    }

    /** One of expert-service's samples, about this expert, at this time, with these pools. */
    private ObjectNode event(String type, UUID expert, Instant time, List<String> pools) throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(Files.readString(SAMPLES.resolve(type + ".json")));
        UUID id = UUID.randomUUID();
        event.put("id", id.toString()).put("time", time.toString()).put("subject", expert.toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("eventId", id.toString()).put("occurredAt", time.toString());
        ObjectNode block = (ObjectNode) data.get("expert");
        block.put("id", expert.toString()).put("name", "刘振华");
        var list = block.putArray("pools");
        pools.forEach(list::add);
        return event;
    }

    private void send(JsonNode event) throws Exception {
        broker.send("expert.events", event.get("subject").asString(), json.writeValueAsBytes(event));
    }
}
