package org.citycast.society.accounts;

import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a person does with the real Keycloak: sign in, refresh, follow the link in the invitation mail. */
final class Keycloak {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ACTION_LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?\\S+");
    private static final Pattern PROCEED = Pattern.compile("href=\"([^\"]*login-actions/action-token[^\"]*)\"");
    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    private final String base;

    Keycloak(String base) {
        this.base = base;
    }

    /** A password grant on the public client {@code scripts}. */
    HttpResponse<String> signIn(String username, String password) throws Exception {
        return tokens(Map.of("grant_type", "password", "client_id", "scripts", "username", username,
                "password", password));
    }

    HttpResponse<String> refresh(String refreshToken) throws Exception {
        return tokens(Map.of("grant_type", "refresh_token", "client_id", "scripts", "refresh_token", refreshToken));
    }

    /** The claims of a token answer's access token. */
    static JsonNode claims(HttpResponse<String> tokens) {
        String access = JSON.readTree(tokens.body()).get("access_token").asString();
        return JSON.readTree(Base64.getUrlDecoder().decode(access.split("\\.")[1]));
    }

    static String refreshToken(HttpResponse<String> tokens) {
        return JSON.readTree(tokens.body()).get("refresh_token").asString();
    }

    /** The set-password link in an invitation mail's text. */
    static String actionLink(String mailText) {
        Matcher link = ACTION_LINK.matcher(mailText);
        if (!link.find()) {
            throw new AssertionError("No action link in the mail:\n" + mailText);
        }
        return link.group();
    }

    /**
     * Follows the link as a browser would: Keycloak lists the actions and offers to proceed, then
     * asks for the new password twice; answers the last page's HTML.
     */
    String setPasswordThroughLink(String link, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new Jar())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher proceed = PROCEED.matcher(page);
        if (proceed.find()) {
            page = browser.send(HttpRequest.newBuilder(URI.create(unescape(proceed.group(1)))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
        Matcher form = FORM.matcher(page);
        if (!form.find() || !page.contains("password-new")) {
            throw new AssertionError("Keycloak did not ask for a new password:\n" + page);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("password-new", password);
        fields.put("password-confirm", password);
        return browser.send(HttpRequest.newBuilder(URI.create(unescape(form.group(1))))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * A browser's cookies for one host. Keycloak marks its session cookies Secure, which a browser
     * still sends to http://localhost but the JDK's CookieManager never sends over http.
     */
    private static final class Jar extends CookieHandler {

        private final Map<String, String> cookies = new LinkedHashMap<>();

        @Override
        public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "))));
        }

        @Override
        public synchronized void put(URI uri, Map<String, List<String>> headers) {
            headers.entrySet().stream().filter(e -> "set-cookie".equalsIgnoreCase(e.getKey()))
                    .flatMap(e -> e.getValue().stream())
                    .forEach(cookie -> {
                        String pair = cookie.split(";", 2)[0];
                        int equals = pair.indexOf('=');
                        String name = pair.substring(0, equals).strip();
                        if (cookie.contains("Max-Age=0")) {
                            cookies.remove(name);
                        } else {
                            cookies.put(name, pair.substring(equals + 1));
                        }
                    });
        }
    }

    private HttpResponse<String> tokens(Map<String, String> fields) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(base + "/realms/society/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&");
    }
}
