package org.citycast.publicity.access;

import static org.awaitility.Awaitility.await;
import static org.citycast.publicity.platform.TestTokens.admin;
import static org.citycast.publicity.platform.TestTokens.editor;
import static org.citycast.publicity.platform.TestTokens.expert;
import static org.citycast.publicity.platform.TestTokens.reviewer;
import static org.citycast.publicity.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.citycast.publicity.EventFeed;
import org.citycast.publicity.ServiceTest;
import org.citycast.publicity.platform.AccessRuleTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may do what, endpoint by endpoint (the checks are the template's {@link AccessRuleTable}): a
 * role without the right is 403; a secretary acting on another society's article or site gets 404
 * for a read and 403 for a write. The public pages need no token. {@code {article}} and
 * {@code {site}} belong to one society; what an allowed call does is tested with each feature.
 */
class AccessRulesTests extends ServiceTest implements AccessRuleTable<AccessRulesTests.Caller> {

    enum Caller {
        ADMIN, EDITOR, SECRETARY, OTHER_SECRETARY, REVIEWER, EXPERT
    }

    enum Scope {
        /** ADMIN only. */
        ADMIN_ONLY,
        /** ADMIN and editors: the review steps, campaigns, all boards. */
        STAFF,
        /** ADMIN, editors and secretaries, not tied to one society's object. */
        AUTHORS,
        /** One society's article or site: another society's secretary gets 404 (reads) or 403 (writes). */
        OWN_SOCIETY,
        /** Every signed-in person, each for their own (their inbox and reminder preferences). */
        EVERYONE
    }

    static final String ARTICLE = """
            {"kind":"NEWS","title":"越权","body":"<p>越权</p>"}""";

    static Rule<Caller> row(HttpMethod method, String path, String body, Scope scope) {
        Rule<Caller> rule = Rule.<Caller>of(method, path, body).allow(Caller.ADMIN).answer(403, Caller.REVIEWER,
                Caller.EXPERT);
        return switch (scope) {
            case ADMIN_ONLY -> rule.answer(403, Caller.EDITOR, Caller.SECRETARY, Caller.OTHER_SECRETARY);
            case STAFF -> rule.allow(Caller.EDITOR).answer(403, Caller.SECRETARY, Caller.OTHER_SECRETARY);
            case AUTHORS -> rule.allow(Caller.EDITOR, Caller.SECRETARY, Caller.OTHER_SECRETARY);
            case OWN_SOCIETY -> rule.allow(Caller.SECRETARY)
                    .answer(method == HttpMethod.GET ? 404 : 403, Caller.OTHER_SECRETARY);
            case EVERYONE -> Rule.<Caller>of(method, path, body).allow(Caller.values());
        };
    }

    static Rule<Caller> open(String path) {
        return Rule.<Caller>of(HttpMethod.GET, path, null).through(Gate.PUBLIC);
    }

    static Stream<Rule<Caller>> rules() {
        return Stream.of(
                row(HttpMethod.GET, "/api/publicity/articles", null, Scope.AUTHORS),
                row(HttpMethod.POST, "/api/publicity/articles", ARTICLE, Scope.AUTHORS),
                row(HttpMethod.GET, "/api/publicity/columns", null, Scope.AUTHORS),
                row(HttpMethod.GET, "/api/publicity/campaigns", null, Scope.AUTHORS),
                row(HttpMethod.GET, "/api/publicity/articles/{article}", null, Scope.OWN_SOCIETY),
                row(HttpMethod.PUT, "/api/publicity/articles/{article}", ARTICLE, Scope.OWN_SOCIETY),
                row(HttpMethod.POST, "/api/publicity/articles/{article}/submission", null, Scope.OWN_SOCIETY),
                row(HttpMethod.POST, "/api/publicity/articles/{article}/images", FILE, Scope.OWN_SOCIETY),
                row(HttpMethod.GET, "/api/publicity/articles/{article}/images", null, Scope.OWN_SOCIETY),
                row(HttpMethod.GET, "/api/publicity/articles/{article}/images/" + UUID.randomUUID(), null,
                        Scope.OWN_SOCIETY),
                row(HttpMethod.GET, "/api/publicity/sites/{site}", null, Scope.OWN_SOCIETY),
                row(HttpMethod.PUT, "/api/publicity/sites/{site}/profile", "{\"introduction\":\"越权\"}",
                        Scope.OWN_SOCIETY),
                row(HttpMethod.GET, "/api/publicity/sites/{site}/visits", null, Scope.OWN_SOCIETY),
                row(HttpMethod.GET, "/api/publicity/sites/{site}/board.pdf", null, Scope.OWN_SOCIETY),
                row(HttpMethod.POST, "/api/publicity/articles/{article}/publication", null, Scope.STAFF),
                row(HttpMethod.POST, "/api/publicity/articles/{article}/return", "{\"comment\":\"x\"}",
                        Scope.STAFF),
                row(HttpMethod.POST, "/api/publicity/articles/{article}/archive", null, Scope.STAFF),
                row(HttpMethod.POST, "/api/publicity/campaigns",
                        "{\"name\":\"会员日\",\"kind\":\"MEMBER_DAY\",\"startsOn\":\"2026-05-30\",\"endsOn\":\"2026-05-30\"}",
                        Scope.STAFF),
                row(HttpMethod.GET, "/api/publicity/boards.pdf", null, Scope.STAFF),
                row(HttpMethod.POST, "/api/publicity/columns", "{\"name\":\"越权栏目\"}", Scope.ADMIN_ONLY),
                row(HttpMethod.PUT, "/api/publicity/columns/c0000000-0000-4000-8000-000000000002",
                        "{\"name\":\"越权栏目\"}", Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/publicity/visits", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/publicity/reports/2025", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/publicity/reports/2025/report.html", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/publicity/reports/2025/report.docx", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/publicity/reports/2025/report.pdf", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/publicity/reports/template", null, Scope.ADMIN_ONLY),
                row(HttpMethod.PUT, "/api/publicity/reports/template", "{\"body\":\"# 越权\"}",
                        Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/publicity/dead-letters", null, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/publicity/dead-letters/society.events.DLT/0/0/replay", null,
                        Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/publicity/inbox", null, Scope.EVERYONE),
                row(HttpMethod.GET, "/api/publicity/inbox/unread-count", null, Scope.EVERYONE),
                row(HttpMethod.POST, "/api/publicity/inbox/" + UUID.randomUUID() + "/read", null, Scope.EVERYONE),
                row(HttpMethod.POST, "/api/publicity/inbox/read-all", null, Scope.EVERYONE),
                row(HttpMethod.GET, "/api/publicity/inbox/preferences", null, Scope.EVERYONE),
                row(HttpMethod.PUT, "/api/publicity/inbox/preferences",
                        "{\"email\":true,\"dailyDigest\":false,\"mutedKinds\":[]}", Scope.EVERYONE),
                row(HttpMethod.POST, "/api/publicity/reminders/runs", null, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/publicity/reminders/mail/delivery", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/publicity/reminders/deadlines", null, Scope.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/publicity/reminders/mail", null, Scope.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/publicity/reminders/mail/" + UUID.randomUUID() + "/retry", null,
                        Scope.ADMIN_ONLY),
                // the public sites: no login
                open("/site"),
                open("/site/"),
                open("/site/societies/{site}"),
                open("/site/articles/{article}"),
                open("/site/columns/c0000000-0000-4000-8000-000000000001"),
                open("/site/hall"),
                open("/site/notices"),
                open("/site/notices/" + UUID.randomUUID()),
                open("/site/images/" + UUID.randomUUID()),
                open("/site/feed.xml"),
                open("/site/societies/{site}/feed.xml"));
    }

    private static UUID society;
    private static UUID article;

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

    @Override
    public MockMvc mvc() {
        return mvc;
    }

    @Override
    public Map<String, String> placeholders() {
        return Map.of("article", article.toString(), "site", society.toString());
    }

    @Override
    public RequestPostProcessor token(Caller caller) {
        return switch (caller) {
            case ADMIN -> admin();
            case EDITOR -> editor();
            case SECRETARY -> secretaryOf(society);
            case OTHER_SECRETARY -> secretaryOf(UUID.randomUUID());
            case REVIEWER -> reviewer(UUID.randomUUID());
            case EXPERT -> expert(UUID.randomUUID());
        };
    }

    @Override
    public MockMultipartFile upload() {
        return new MockMultipartFile("file", "a.png", "image/png", new byte[] {1, 2, 3});
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
}
