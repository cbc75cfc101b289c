package org.citycast.publicity.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.publicity.platform.TestTokens.editor;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

import tools.jackson.databind.node.ObjectNode;

/** The expert and event topics, fed with the samples this service keeps, as the public pages show them. */
class FeedsTests extends ServiceTest {

    EventFeed feed;
    UUID society;

    @BeforeEach
    void aSociety() throws Exception {
        feed = new EventFeed(json, broker);
        society = UUID.randomUUID();
        feed.send("society.events", feed.society("SocietyRegistered.v1", society, "济宁市中医药学会", "ACTIVE",
                Instant.now()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mvc.perform(get("/site/societies/" + society)).andReturn().getResponse().getStatus() == 200);
    }

    @Test
    void aPoolExpertShowsOnTheirSocietysSiteAndTheirProfileFollowsThem() throws Exception {
        UUID expert = UUID.randomUUID();
        ObjectNode admitted = expert(feed.sample("expert/ExpertAdmitted.v1.json"), expert, "主任医师");
        feed.send("expert.events", admitted);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page("/site/societies/" + society))
                .contains("刘振华").contains("科技专家库"));

        String created = mvc.perform(json(post("/api/publicity/articles").with(editor()), """
                        {"kind":"PROFILE","title":"妙手仁心","body":"<p>事迹</p>","person":{"expertId":"%s","disciplineLeader":true}}"""
                        .formatted(expert)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.person.name").value("刘振华"))
                .andExpect(jsonPath("$.person.title").value("主任医师"))
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(created).get("id").asString();

        ObjectNode changed = expert(feed.sample("expert/ExpertProfileChanged.v1.json"), expert, "二级教授");
        changed.put("time", Instant.now().toString());
        feed.send("expert.events", changed);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/publicity/articles/" + id)
                .with(editor())).andExpect(jsonPath("$.person.title").value("二级教授")));

        mvc.perform(json(post("/api/publicity/articles").with(editor()), """
                        {"kind":"PROFILE","title":"无此人","body":"<p>x</p>","person":{"expertId":"%s"}}"""
                        .formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("person.expertId"));
    }

    @Test
    void anOpenedNoticeIsPublishedWithItsObjectionFormUntilItsWindowCloses() throws Exception {
        UUID award = UUID.randomUUID();
        LocalDate today = LocalDate.now(org.citycast.publicity.platform.AssociationTime.ZONE);
        ObjectNode opened = feed.sample("expert/AwardPublicNoticeOpened.v1.json");
        opened.put("subject", award.toString()).put("time", Instant.now().toString());
        ((ObjectNode) opened.get("data").get("programme")).put("id", award.toString());
        ((ObjectNode) opened.get("data")).put("opensOn", today.toString()).put("closesOn", today.plusDays(6).toString())
                .put("objectionPath", "/api/awards/public/notices/" + award + "/objections");
        feed.send("expert.events", opened);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page("/site/notices"))
                .contains("/site/notices/" + award));
        assertThat(page("/site/notices/" + award)).contains("2026年度济宁市自然科学学术创新奖拟表彰对象公示")
                .contains("孙丽").contains("济宁市医学会").contains("一等奖").contains("冠心病介入治疗的临床研究")
                .contains("action=\"/api/awards/public/notices/" + award + "/objections\"")
                .contains("name=\"nominationId\"").contains("9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b");

        clock.setToday(today.plusDays(7));
        assertThat(page("/site/notices/" + award)).doesNotContain("<form").contains("不再受理异议");
    }

    @Test
    void brandedSessionsAreAnnouncedAndPublishedEventsShowOnTheSubSite() throws Exception {
        UUID planned = UUID.randomUUID();
        int year = LocalDate.now().getYear() + 1;
        ObjectNode branded = feed.sample("event/EventBranded.v1.json");
        branded.put("subject", planned.toString()).put("time", Instant.now().toString());
        ((ObjectNode) branded.get("data").get("session")).put("plannedEventId", planned.toString())
                .put("societyId", society.toString()).put("year", year).put("number", 1)
                .put("label", "城市科协学术会堂第1期");
        feed.send("event.events", branded);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page("/site/hall?year=" + year))
                .contains("第1期").contains("2026年济宁市医学会学术年会").contains("济宁市中医药学会")
                .contains("月（计划）"));

        UUID event = UUID.randomUUID();
        ObjectNode published = feed.sample("event/EventPublished.v1.json");
        published.put("subject", event.toString()).put("time", Instant.now().plusSeconds(1).toString());
        ((ObjectNode) published.get("data").get("event")).put("id", event.toString())
                .put("organiserId", society.toString()).put("plannedEventId", planned.toString())
                .put("academicHallSession", "城市科协学术会堂第1期")
                .put("startsAt", Instant.now().plus(Duration.ofDays(20)).toString())
                .put("endsAt", Instant.now().plus(Duration.ofDays(20)).plusSeconds(3600).toString());
        feed.send("event.events", published);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page("/site/societies/" + society))
                .contains("城市科协学术会堂第1期").contains("2026年济宁市医学会学术年会").contains("济宁市会展中心"));
        assertThat(page("/site/hall?year=" + year)).contains("济宁市会展中心").doesNotContain("月（计划）");
    }

    private ObjectNode expert(ObjectNode event, UUID expert, String title) {
        event.put("subject", expert.toString());
        ((ObjectNode) event.get("data").get("expert")).put("id", expert.toString()).put("title", title)
                .putArray("societies").add(society.toString());
        return event;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
