package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The people behind the accounts the platform provisions: what they do outside the platform's API
 * (choose a password, read their mail, sign in) done here through Keycloak and the local run's
 * GreenMail, so that the end-to-end tests can follow an account from invitation to sign-in.
 */
final class People {

    static final String TOKENS = Platform.KEYCLOAK + "/realms/society/protocol/openid-connect/token";
    static final String MAIL_API = System.getProperty("e2e.mail", "http://localhost:8025");

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    private People() {
    }

    /**
     * Stands in for the person following the set-password link: a permanent password, and the
     * required actions (new password, verified address) done.
     */
    static void choosePassword(String keycloakUserId, String password) {
        String user = Platform.KEYCLOAK + "/admin/realms/society/users/" + keycloakUserId;
        String admin = Platform.masterAdminToken();
        HttpResponse<String> reset = send(HttpRequest.newBuilder(URI.create(user + "/reset-password"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}")));
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(204);
        HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(user))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"requiredActions\":[],\"emailVerified\":true}")));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    /** The token endpoint's answer for a password or refresh grant on the {@code scripts} client. */
    static HttpResponse<String> tokens(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(TOKENS))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> signIn(String username, String password) {
        return tokens(Map.of("grant_type", "password", "client_id", "scripts", "username", username,
                "password", password));
    }

    static HttpResponse<String> refresh(JsonNode tokens) {
        return tokens(Map.of("grant_type", "refresh_token", "client_id", "scripts",
                "refresh_token", tokens.get("refresh_token").asString()));
    }

    static JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /** The claims of an access token (read, not verified: the services verify it). */
    static JsonNode claims(JsonNode tokens) {
        String payload = tokens.get("access_token").asString().split("\\.")[1];
        return json.readTree(Base64.getUrlDecoder().decode(payload));
    }

    /** The messages in an address's inbox on the local run's mail server, newest last. */
    static JsonNode inbox(String address) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(MAIL_API + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX")));
        return response.statusCode() == 200 ? json.readTree(response.body()) : json.createArrayNode();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
