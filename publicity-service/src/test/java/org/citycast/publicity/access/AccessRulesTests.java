package org.citycast.publicity.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.publicity.platform.TestTokens.secretaryOf;
import static org.citycast.publicity.platform.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.citycast.publicity.EventFeed;
import org.citycast.publicity.ServiceTest;
import org.citycast.publicity.platform.MappedEndpoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what, endpoint by endpoint: no token is 401; a role without the right is 403; a secretary
 * acting on another society's article or site gets 404 for a read and 403 for a write. Every answer is
 * problem+json. The public pages need no token. The positive cases live with each feature's own tests.
 */
class AccessRulesTests extends ServiceTest {

    /** {@code {article}} and {@code {site}} belong to a society that is not the caller's. */
    record Endpoint(HttpMethod method, String path, String body, Scope scope) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    enum Scope {
        /** ADMIN only. */
        ADMIN_ONLY,
        /** ADMIN and editors: the review steps, campaigns, all boards. */
        STAFF,
        /** ADMIN, editors and secretaries, not tied to one society's object. */
        AUTHORS,
        /** One society's article or site: another society's secretary gets 404 (reads) or 403 (writes). */
        OWN_SOCIETY
    }

    static final String MULTIPART = "multipart";
    static final String ARTICLE = """
            {"kind":"NEWS","title":"越权","body":"<p>越权</p>"}""";

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint(HttpMethod.GET, "/api/publicity/articles", null, Scope.AUTHORS),
                new Endpoint(HttpMethod.POST, "/api/publicity/articles", ARTICLE, Scope.AUTHORS),
                new Endpoint(HttpMethod.GET, "/api/publicity/columns", null, Scope.AUTHORS),
                new Endpoint(HttpMethod.GET, "/api/publicity/campaigns", null, Scope.AUTHORS),
                new Endpoint(HttpMethod.GET, "/api/publicity/articles/{article}", null, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.PUT, "/api/publicity/articles/{article}", ARTICLE, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.POST, "/api/publicity/articles/{article}/submission", null, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.POST, "/api/publicity/articles/{article}/images", MULTIPART, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.GET, "/api/publicity/articles/{article}/images", null, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.GET, "/api/publicity/articles/{article}/images/" + UUID.randomUUID(), null,
                        Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.GET, "/api/publicity/sites/{site}", null, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.PUT, "/api/publicity/sites/{site}/profile", "{\"introduction\":\"越权\"}",
                        Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.GET, "/api/publicity/sites/{site}/visits", null, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.GET, "/api/publicity/sites/{site}/board.pdf", null, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.POST, "/api/publicity/articles/{article}/publication", null, Scope.STAFF),
                new Endpoint(HttpMethod.POST, "/api/publicity/articles/{article}/return", "{\"comment\":\"x\"}",
                        Scope.STAFF),
                new Endpoint(HttpMethod.POST, "/api/publicity/articles/{article}/archive", null, Scope.STAFF),
                new Endpoint(HttpMethod.POST, "/api/publicity/campaigns",
                        "{\"name\":\"会员日\",\"kind\":\"MEMBER_DAY\",\"startsOn\":\"2026-05-30\",\"endsOn\":\"2026-05-30\"}",
                        Scope.STAFF),
                new Endpoint(HttpMethod.GET, "/api/publicity/boards.pdf", null, Scope.STAFF),
                new Endpoint(HttpMethod.POST, "/api/publicity/columns", "{\"name\":\"越权栏目\"}", Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.PUT, "/api/publicity/columns/c0000000-0000-4000-8000-000000000002",
                        "{\"name\":\"越权栏目\"}", Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/publicity/visits", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/publicity/reports/2025", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/publicity/reports/2025/report.html", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/publicity/reports/2025/report.docx", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/publicity/reports/2025/report.pdf", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/publicity/reports/template", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.PUT, "/api/publicity/reports/template", "{\"body\":\"# 越权\"}",
                        Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/publicity/dead-letters", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/publicity/dead-letters/society.events.DLT/0/0/replay", null,
                        Scope.ADMIN_ONLY));
    }

    /** The public pages, for anyone; ids that name nothing are a 404 page, never a 401 or 403. */
    static final List<String> PUBLIC = List.of("/site", "/site/", "/site/societies/{site}", "/site/articles/{id}",
            "/site/columns/{id}", "/site/hall", "/site/notices", "/site/notices/{id}", "/site/images/{id}",
            "/site/feed.xml", "/site/societies/{site}/feed.xml");

    private static UUID society;
    private static UUID article;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @BeforeEach
    void anArticleAndASiteOfSomeSociety() throws Exception {
        if (society != null) {
            return;
        }
        UUID id = UUID.randomUUID();
        EventFeed feed = new EventFeed(json, broker);
        feed.send("society.events", feed.society("SocietyRegistered.v1", id, "济宁市权限测试学会", "ACTIVE", Instant.now()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mvc.perform(get("/site/societies/" + id)).andReturn().getResponse().getStatus() == 200);
        String created = mvc.perform(json(post("/api/publicity/articles").with(secretaryOf(id)), ARTICLE))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        article = UUID.fromString(json.readTree(created).get("id").asString());
        society = id;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutATokenIsUnauthorized(Endpoint endpoint) throws Exception {
        mvc.perform(call(endpoint))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void rolesWithoutTheRightAreForbidden(Endpoint endpoint) throws Exception {
        var callers = new java.util.ArrayList<>(List.of(token("reviewer1", null, UUID.randomUUID(), "REVIEWER"),
                token("expert1", null, UUID.randomUUID(), "EXPERT"),
                token("service-account-civil-affairs", null, null, "CIVIL_AFFAIRS")));
        if (endpoint.scope() == Scope.ADMIN_ONLY) {
            callers.add(token("editor1", null, null, "EDITOR"));
        }
        if (endpoint.scope() == Scope.ADMIN_ONLY || endpoint.scope() == Scope.STAFF) {
            callers.add(secretaryOf(society));
        }
        for (var caller : callers) {
            mvc.perform(call(endpoint).with(caller))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anotherSocietysSecretaryIsKeptOut(Endpoint endpoint) throws Exception {
        if (endpoint.scope() == Scope.AUTHORS) {
            return;
        }
        int expected = endpoint.scope() == Scope.OWN_SOCIETY && endpoint.method() == HttpMethod.GET ? 404 : 403;
        mvc.perform(call(endpoint).with(secretaryOf(UUID.randomUUID())))
                .andExpect(status().is(expected))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void everyEndpointHasARow() {
        var rows = new java.util.ArrayList<MappedEndpoints.Row>();
        endpoints().forEach(endpoint -> rows.add(new MappedEndpoints.Row(endpoint.method(), endpoint.path())));
        PUBLIC.forEach(page -> rows.add(new MappedEndpoints.Row(HttpMethod.GET, page)));
        assertThat(MappedEndpoints.without(handlers, rows)).as("endpoints without a row in AccessRulesTests")
                .isEmpty();
    }

    @Test
    void noPublicPageAsksForAToken() throws Exception {
        for (String page : PUBLIC) {
            int status = mvc.perform(get(page.replace("{site}", society.toString())
                    .replace("{id}", UUID.randomUUID().toString()))).andReturn().getResponse().getStatus();
            assertThat(status).as(page).isNotIn(401, 403);
        }
    }

    @Test
    void thePublicPagesNeedNoToken() throws Exception {
        for (String page : List.of("/site", "/site/societies/" + society, "/site/feed.xml",
                "/site/societies/" + society + "/feed.xml", "/site/hall", "/site/notices",
                "/site/columns/c0000000-0000-4000-8000-000000000001", "/site/assets/site.css",
                "/site/assets/echarts/echarts.min.js")) {
            mvc.perform(get(page)).andExpect(status().isOk());
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> call(Endpoint endpoint) {
        String path = endpoint.path().replace("{article}", article.toString()).replace("{site}", society.toString());
        if (MULTIPART.equals(endpoint.body())) {
            return multipart(path).file(new MockMultipartFile("file", "a.png", "image/png", new byte[] {1, 2, 3}));
        }
        var builder = request(endpoint.method(), path);
        if (endpoint.body() != null) {
            builder.contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
        }
        return builder;
    }
}
