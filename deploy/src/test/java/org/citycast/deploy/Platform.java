package org.citycast.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The running platform as a client sees it: the gateway on 8080 and Keycloak on 8180. */
final class Platform {

    static final String GATEWAY = System.getProperty("e2e.gateway", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("e2e.keycloak", "http://localhost:8180");

    // HTTP/1.1: the JDK client's h2c upgrade left parallel requests to the gateway hanging past their timeout
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final Map<String, String> tokens = new ConcurrentHashMap<>();
    private static final AtomicLong throttled = new AtomicLong();
    private static final long MAX_WAIT_SECONDS = 5;

    record Response(int status, String contentType, JsonNode body, String raw) {
    }

    private Platform() {
    }

    /** A user's access token from Keycloak's password grant on the {@code scripts} client. */
    static String tokenFor(String username) {
        return tokens.computeIfAbsent(username, user -> token(Map.of("grant_type", "password", "client_id", "scripts",
                "username", user, "password", "demo")));
    }

    /** A real Keycloak token for {@code username} that lacks the platform's audience (from {@code admin-cli}). */
    static String tokenWithoutAudience(String username) {
        return token(Map.of("grant_type", "password", "client_id", "admin-cli", "username", username,
                "password", "demo"));
    }

    /** The civil-affairs system's token, by client credentials. */
    static String civilAffairsToken() {
        return tokens.computeIfAbsent("civil-affairs client", key -> token(Map.of("grant_type", "client_credentials",
                "client_id", "civil-affairs", "client_secret", "civil-affairs-secret")));
    }

    /** The master realm's administrator of the local run (KEYCLOAK_ADMIN_PASSWORD, "admin" by default). */
    static String masterAdminToken() {
        return token(KEYCLOAK + "/realms/master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", System.getenv().getOrDefault("KEYCLOAK_ADMIN_PASSWORD", "admin")));
    }

    static Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** Straight to one service, past the gateway. */
    static Response getDirect(String baseUrl, String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder.GET());
    }

    static Response post(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST that carries the caller's W3C trace context, which the platform continues. */
    static Response post(String path, String token, String body, String traceparent) {
        return send(request(path, token).header("Content-Type", "application/json").header("traceparent", traceparent)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Response put(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A file for a multipart upload, sent as the form field {@code file}. */
    record Upload(String filename, String contentType, byte[] content) {
    }

    /** A body sent as is, with its own content type. */
    record Raw(String contentType, byte[] content) {
    }

    /**
     * Any method through the gateway; {@code body} is null, a JSON text (sent as is), an {@link Upload} or {@link Raw}.
     * A 429 of the gateway's rate limits is waited out ({@code Retry-After}, a second or so) and asked
     * again; one that asks for longer (a service's own limit, such as public objections per address)
     * is the answer.
     */
    static Response call(String method, String path, String token, Object body) {
        var builder = request(path, token);
        if (body instanceof Upload upload) {
            String boundary = "e2e" + UUID.randomUUID().toString().replace("-", "");
            builder.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, upload)));
        } else if (body instanceof Raw raw) {
            builder.header("Content-Type", raw.contentType())
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(raw.content()));
        } else if (body instanceof String text) {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(builder, true);
    }

    /** Requests the gateway turned away with 429 and that were sent again after its {@code Retry-After}. */
    static long throttled() {
        return throttled.get();
    }

    private static byte[] multipart(String boundary, Upload upload) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + upload.filename() + "\"\r\nContent-Type: " + upload.contentType() + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(upload.content());
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        return send(request, false);
    }

    private static Response send(HttpRequest.Builder request, boolean waitWhenThrottled) {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            // the gateway's rate limits are part of the platform: a suite of thousands of requests waits as told
            for (int retry = 0; waitWhenThrottled && response.statusCode() == 429 && retry < 20
                    && response.headers().firstValueAsLong("Retry-After").orElse(1) <= MAX_WAIT_SECONDS; retry++) {
                throttled.incrementAndGet();
                Thread.sleep(response.headers().firstValueAsLong("Retry-After").orElse(1) * 1000);
                response = http.send(built, HttpResponse.BodyHandlers.ofString());
            }
            String raw = response.body();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = raw == null || raw.isBlank() || !contentType.contains("json") ? null : json.readTree(raw);
            return new Response(response.statusCode(), contentType, body, raw);
        } catch (IOException e) {
            throw new IllegalStateException("Gateway not reachable at " + GATEWAY, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String token(Map<String, String> form) {
        return token(KEYCLOAK + "/realms/society", form);
    }

    private static String token(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token: " + response.body());
            }
            return json.readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak not reachable at " + KEYCLOAK, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
