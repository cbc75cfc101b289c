package org.citycast.publicity.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.publicity.platform.TestTokens.admin;
import static org.citycast.publicity.platform.TestTokens.editor;
import static org.citycast.publicity.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.publicity.EventFeed;
import org.citycast.publicity.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class SiteTests extends ServiceTest {

    @Autowired
    PageViews pageViews;

    EventFeed feed;

    @BeforeEach
    void feed() {
        feed = new EventFeed(json, broker);
    }

    @Test
    void aRegisteredSocietyGetsItsSubSiteInChineseAndADisqualifiedOneSaysSo() throws Exception {
        UUID society = UUID.randomUUID();
        feed.send("society.events", feed.society("SocietyRegistered.v1", society, "济宁市水利学会", "ACTIVE", Instant.now()));

        String page = awaitPage("/site/societies/" + society);
        assertThat(page).contains("<title>济宁市水利学会 - 济宁市学会信息服务平台</title>")
                .contains("lang=\"zh-CN\"").contains("name=\"viewport\"")
                .contains("市卫生健康委员会").contains("/site/societies/" + society + "/feed.xml")
                .doesNotContain("解除");

        var disqualified = feed.society("SocietyDisqualified.v1", society, "济宁市水利学会", "DISQUALIFIED",
                Instant.now().plusSeconds(1));
        ((tools.jackson.databind.node.ObjectNode) disqualified.get("data")).put("reason", "连续两年未参加年检");
        feed.send("society.events", disqualified);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(html("/site/societies/" + society))
                .contains("该学会已被解除市科协所属学会资格"));
    }

    @Test
    void aFoundingApplicationHasNoSiteAndAMissingPageIsAChinesePage() throws Exception {
        UUID society = UUID.randomUUID();
        feed.send("society.events", feed.society("SocietyStatusChanged.v1", society, "济宁市筹建学会", "DRAFT",
                Instant.now()));
        UUID marker = UUID.randomUUID();
        feed.send("society.events", feed.society("SocietyRegistered.v1", marker, "济宁市标记学会", "ACTIVE", Instant.now()));
        awaitPage("/site/societies/" + marker);

        mvc.perform(get("/site/societies/" + society)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("页面不存在")));
        mvc.perform(get("/site/societies/not-a-uuid")).andExpect(status().isNotFound());
    }

    @Test
    void pagesCarryValidatorsAndAnUnchangedPageIsA304UntilSomethingChanges() throws Exception {
        UUID society = UUID.randomUUID();
        feed.send("society.events", feed.society("SocietyRegistered.v1", society, "济宁市气象学会", "ACTIVE", Instant.now()));
        awaitPage("/site/societies/" + society);

        MvcResult first = mvc.perform(get("/site/societies/" + society)).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=60, must-revalidate, public"))
                .andExpect(header().exists(HttpHeaders.LAST_MODIFIED)).andReturn();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).startsWith("W/\"");

        mvc.perform(get("/site/societies/" + society).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified()).andExpect(content().string(""));

        mvc.perform(put("/api/publicity/sites/" + society + "/profile").with(secretaryOf(society))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"introduction\":\"本会成立于1985年，致力于气象科普。\"}"))
                .andExpect(status().isOk());
        MvcResult changed = mvc.perform(get("/site/societies/" + society).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk()).andReturn();
        assertThat(changed.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("致力于气象科普");
        assertThat(changed.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
    }

    @Test
    void aPublishedArticleIsOnItsSocietysSiteAndFeedWithoutItsScript() throws Exception {
        UUID society = UUID.randomUUID();
        feed.send("society.events", feed.society("SocietyRegistered.v1", society, "济宁市计算机学会", "ACTIVE", Instant.now()));
        awaitPage("/site/societies/" + society);

        String created = mvc.perform(post("/api/publicity/articles").with(secretaryOf(society))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"NEWS","title":"计算机学会召开年会",
                                 "body":"<p>年会在济宁召开。<script>alert('x')</script><img src=x onerror=alert(1)></p>"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = json.readTree(created).get("id").asString();
        mvc.perform(post("/api/publicity/articles/" + id + "/submission").with(secretaryOf(society)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/publicity/articles/" + id + "/publication").with(editor()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

        assertThat(html("/site/societies/" + society)).contains("计算机学会召开年会");
        String article = html("/site/articles/" + id);
        assertThat(article).contains("年会在济宁召开。").doesNotContain("<script").doesNotContain("alert")
                .doesNotContain("onerror");
        String rss = mvc.perform(get("/site/societies/" + society + "/feed.xml")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/rss+xml"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(rss).contains("<rss").contains("计算机学会召开年会").contains("/site/articles/" + id);
    }

    @Test
    void viewsAreCountedInMemoryThenFlushedAndShownWithTheChangeFromTheYearBefore() throws Exception {
        UUID society = UUID.randomUUID();
        feed.send("society.events", feed.society("SocietyRegistered.v1", society, "济宁市测绘学会", "ACTIVE", Instant.now()));
        awaitPage("/site/societies/" + society);
        pageViews.flush();
        long before = stored(society);

        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/site/societies/" + society)).andExpect(status().isOk());
        }
        assertThat(stored(society)).as("nothing is written on the request path").isEqualTo(before);
        pageViews.flush();
        long views = before + 4;
        assertThat(stored(society)).isEqualTo(views);

        LocalDate today = LocalDate.now(org.citycast.publicity.platform.AssociationTime.ZONE);
        jdbc.sql("INSERT INTO page_view (site_key, day, path, views) VALUES (?, ?, ?, ?)")
                .params(society.toString(), today.minusYears(1), "/site/societies/" + society, views * 2).update();
        mvc.perform(get("/api/publicity/sites/" + society + "/visits").with(secretaryOf(society)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visits.views").value(views))
                .andExpect(jsonPath("$.visits.previousViews").value(views * 2))
                .andExpect(jsonPath("$.visits.changePercent").value("-50.0"));
        mvc.perform(get("/api/publicity/sites/" + society + "/visits").with(secretaryOf(UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/publicity/visits").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.sites[?(@.societyId == '" + society + "')].views").value((int) views));
    }

    @Test
    void theRollUpsTheFiguresReadAgreeWithThePageViewRowsWhateverChangesThem() {
        String site = UUID.randomUUID().toString();
        String upsert = """
                INSERT INTO page_view (site_key, day, path, views) VALUES (?, ?, ?, ?)
                ON CONFLICT (site_key, day, path) DO UPDATE SET views = page_view.views + excluded.views""";
        for (Object[] row : new Object[][] {{"2024-01-31", "/a", 5}, {"2024-02-01", "/a", 7}, {"2024-02-01", "/b", 1},
                {"2025-03-15", "/a", 4}, {"2024-02-01", "/a", 3}, {"2024-01-31", "/b", 2}}) {
            jdbc.sql(upsert).params(site, LocalDate.parse((String) row[0]), row[1], row[2]).update();
        }
        jdbc.sql("UPDATE page_view SET views = views * 10 WHERE site_key = ? AND path = '/b'").param(site).update();
        jdbc.sql("DELETE FROM page_view WHERE site_key = ? AND day = '2025-03-15'").param(site).update();

        assertThat(jdbc.sql("SELECT month::text || '=' || views FROM page_view_month WHERE site_key = ? AND views <> 0 "
                + "ORDER BY month").param(site).query(String.class).list())
                .containsExactly("2024-01-01=25", "2024-02-01=20");
        assertThat(jdbc.sql("SELECT year || path || '=' || views FROM page_view_year_page WHERE site_key = ? AND views <> 0 "
                + "ORDER BY path").param(site).query(String.class).list())
                .containsExactly("2024/a=15", "2024/b=30");
    }

    private long stored(UUID society) {
        return jdbc.sql("SELECT coalesce(sum(views), 0) FROM page_view WHERE site_key = ? AND day = ?")
                .params(society.toString(), LocalDate.now(org.citycast.publicity.platform.AssociationTime.ZONE))
                .query(Long.class).single();
    }

    private String awaitPage(String path) throws Exception {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> mvc.perform(get(path)).andReturn().getResponse().getStatus() == 200);
        return html(path);
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
