package org.citycast.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "platform.rate-limit.capacity=5", "platform.rate-limit.refill-per-second=1",
        "platform.edge.address-capacity=60", "platform.edge.address-refill-per-second=1",
        "platform.edge.max-request-size=1KB",
        // nothing listens on port 59999: these services are down for the test, whatever runs on this machine
        "platform.services.event=http://localhost:59999", "platform.services.publicity=http://localhost:59999"})
@AutoConfigureWebTestClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayTests {

    /** Accepts any bearer token as a user of that name, so requests get past the token check to the routes. */
    @TestConfiguration(proxyBeanMethods = false)
    static class AnyToken {
        @Bean
        ReactiveJwtDecoder acceptingDecoder() {
            return token -> Mono.just(Jwt.withTokenValue(token).header("alg", "none").subject(token)
                    .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build());
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    RouteLocator routes;

    @Test
    void everyServiceHasItsRoute() {
        List<String> ids = routes.getRoutes().map(Route::getId).collectList().block();
        assertThat(ids).contains("society", "funding", "expert", "event", "publicity", "society-docs", "funding-docs",
                "expert-docs", "event-docs", "publicity-docs");
        assertThat(routes.getRoutes().filter(r -> r.getId().equals("society")).blockFirst().getUri().toString())
                .isEqualTo("http://127.0.0.1:8081");
    }

    @Test
    void aRequestWithoutTokenIsTurnedAwayAsProblem() {
        web.get().uri("/api/societies").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void aBrowserFrontEndOnLocalhostMayCallTheApi() {
        web.options().uri("/api/societies")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173");
    }

    @Test
    void theApiDocsIndexIsPublic() {
        web.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void aCallerOverTheRateLimitIsToldToWait() {
        for (int i = 0; i < 5; i++) {
            web.get().uri("/api/events/x").headers(h -> h.setBearerAuth("busy-script")).exchange()
                    .expectStatus().value(status -> assertThat(status).isNotEqualTo(429));
        }
        web.get().uri("/api/events/x").headers(h -> h.setBearerAuth("busy-script")).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/events/x").headers(h -> h.setBearerAuth("someone-else")).exchange()
                .expectStatus().value(status -> assertThat(status).isNotEqualTo(429));
    }

    @Test
    void aPathWithNoRouteIsAProblem() {
        web.get().uri("/nothing/here").headers(h -> h.setBearerAuth("someone")).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404).jsonPath("$.instance").isEqualTo("/nothing/here");
    }

    /** Nothing listens on the services' ports in this test, as when a service is down. */
    @Test
    void aServiceThatIsDownGivesAFastProblem() {
        web.get().uri("/api/events/anything").headers(h -> h.setBearerAuth("someone")).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void publicRoutesNeedNoToken() {
        web.get().uri("/site").exchange()
                .expectStatus().value(status -> assertThat(status).isNotIn(401, 403));
    }

    @Test
    void anOversizedRequestIsRefusedBeforeItReachesAService() {
        web.post().uri("/api/societies").headers(h -> h.setBearerAuth("uploader"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("x".repeat(2048)).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** Past Netty's default request-line limit too, which would answer with a bare 414. */
    @Test
    void anOverlongAddressIsAProblem() {
        web.get().uri("/api/societies/" + "x".repeat(5000)).headers(h -> h.setBearerAuth("reader")).exchange()
                .expectStatus().isEqualTo(414)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** Last, since it empties this address's bucket: a flood without tokens is limited before the token check. */
    @Test
    @Order(Integer.MAX_VALUE)
    void anAnonymousFloodIsLimitedPerAddress() {
        int status = 0;
        for (int i = 0; i < 100 && status != 429; i++) {
            status = web.get().uri("/api/societies").exchange().returnResult(String.class).getStatus().value();
            assertThat(status).isIn(401, 429);
        }
        assertThat(status).isEqualTo(429);
    }

    @Test
    void theConsoleIsServedWithoutTokenAndRevalidatedOnEachVisit() {
        String page = web.get().uri("/console/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("default-src 'self'").contains("connect-src 'self' http://localhost:8180"))
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<div id=\"root\">");

        String asset = java.util.regex.Pattern.compile("/console/assets/[^\"]+\\.js").matcher(page).results()
                .map(java.util.regex.MatchResult::group).findFirst().orElseThrow();
        web.get().uri(asset).exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, cache -> assertThat(cache).contains("immutable"));
    }

    @Test
    void aDeepLinkIntoTheConsoleGetsTheAppAndAMissingFileIsNotFound() {
        web.get().uri("/console/societies/11111111-1111-4111-8111-111111111111?tab=inspections").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).contains("<div id=\"root\">"));
        web.get().uri("/console/assets/nothing-here.js").exchange().expectStatus().isNotFound();
        web.get().uri("/").exchange()
                .expectStatus().isTemporaryRedirect()
                .expectHeader().location("/console/");
    }

    @Test
    void theConsoleLearnsWhereToSignInAndTheApiStillWantsAToken() {
        web.get().uri("/console/config.json").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.authority").isEqualTo("http://localhost:8180/realms/society")
                .jsonPath("$.clientId").isEqualTo("web");
        web.post().uri("/console/").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void livenessIsPublic() {
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }
}
