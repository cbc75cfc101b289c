package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The realm's own defences, against the real Keycloak: the browser client takes no passwords,
 * a weak password is refused, and the tenth wrong password in a row locks the account for a while.
 */
class AccountSecurityIT {

    static final String REALM = Platform.KEYCLOAK + "/realms/society";
    static final String ADMIN_API = Platform.KEYCLOAK + "/admin/realms/society";
    static final String GOOD_PASSWORD = "Lantern-Harbour-2026";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private String createdUser;

    @AfterEach
    void removeTheProbe() throws Exception {
        if (createdUser != null) {
            http.send(HttpRequest.newBuilder(URI.create(ADMIN_API + "/users/" + createdUser))
                    .header("Authorization", "Bearer " + Platform.masterAdminToken()).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void theBrowserClientTakesNoPasswords() throws Exception {
        HttpResponse<String> response = tokenRequest("web", "admin", "demo");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("unauthorized_client");
        assertThat(tokenRequest("scripts", "admin", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void aWeakPasswordIsRefusedByThePolicy() throws Exception {
        HttpResponse<String> created = createUser("weak-" + UUID.randomUUID().toString().substring(0, 8), "demo");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(400);
        assertThat(created.body()).containsIgnoringCase("password");
    }

    @Test
    void theTenthWrongPasswordInARowLocksTheAccount() throws Exception {
        String username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = createUser(username, GOOD_PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        createdUser = location.substring(location.lastIndexOf('/') + 1);
        assertThat(tokenRequest("scripts", username, GOOD_PASSWORD).statusCode()).isEqualTo(200);

        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(tokenRequest("scripts", username, "wrong-" + attempt).statusCode()).isEqualTo(401);
        }

        assertThat(tokenRequest("scripts", username, GOOD_PASSWORD).statusCode())
                .as("the right password no longer works while the account is locked").isNotEqualTo(200);
        HttpResponse<String> status = http.send(HttpRequest.newBuilder(
                        URI.create(ADMIN_API + "/attack-detection/brute-force/users/" + createdUser))
                .header("Authorization", "Bearer " + Platform.masterAdminToken()).GET().build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("brute-force status after ten wrong passwords: " + status.body());
        assertThat(json.readTree(status.body()).get("disabled").asBoolean()).isTrue();
    }

    private HttpResponse<String> createUser(String username, String password) throws Exception {
        String body = """
                {"username":"%s","enabled":true,"email":"%s@example.org","firstName":"Probe","lastName":"User",
                 "credentials":[{"type":"password","value":"%s","temporary":false}]}""".formatted(username, username, password);
        return http.send(HttpRequest.newBuilder(URI.create(ADMIN_API + "/users"))
                .header("Authorization", "Bearer " + Platform.masterAdminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> tokenRequest(String client, String username, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id", client,
                        "username", username, "password", password)))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
