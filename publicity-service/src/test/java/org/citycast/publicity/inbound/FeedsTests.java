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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The expert and event topics, fed with the samples this service keeps, as the public pages show them. */
class FeedsTests extends ServiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    EmbeddedKafkaBroker broker;

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
                .contains("孔繁星").contains("科技专家库"));

        String created = mvc.perform(json(post("/api/publicity/articles").with(editor()), """
                        {"kind":"PROFILE","title":"妙手仁心","body":"<p>事迹</p>","person":{"expertId":"%s","disciplineLeader":true}}"""
                        .formatted(expert)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.person.name").value("孔繁星"))
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
        ((ObjectNode) opened.get("data").get("award")).put("id", award.toString());
        ((ObjectNode) opened.get("data").get("notice")).put("opensOn", today.toString())
                .put("closesOn", today.plusDays(6).toString());
        feed.send("expert.events", opened);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page("/site/notices"))
                .contains("/site/notices/" + award));
        assertThat(page("/site/notices/" + award)).contains("济宁市第十届优秀科技工作者拟表彰对象公示")
                .contains("周慧敏").contains("济宁市护理学会")
                .contains("action=\"/api/awards/public/notices/" + award + "/objections\"")
                .contains("name=\"nominationId\"").contains("b2b2b2b2-0000-4000-8000-000000000002");

        clock.setToday(today.plusDays(7));
        assertThat(page("/site/notices/" + award)).doesNotContain("<form").contains("不再受理异议");
    }

    @Test
    void brandedSessionsAreAnnouncedAndPublishedEventsShowOnTheSubSite() throws Exception {
        UUID event = UUID.randomUUID();
        int year = LocalDate.now().getYear();
        ObjectNode branded = event(feed.sample("event/EventBranded.v1.json"), event, year);
        feed.send("event.events", branded);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page("/site/hall?year=" + year))
                .contains("第1期").contains("儒医论坛").contains("济宁市中医药学会"));

        ObjectNode published = event(feed.sample("event/EventPublished.v1.json"), event, year);
        published.put("time", Instant.now().plusSeconds(1).toString());
        feed.send("event.events", published);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(page("/site/societies/" + society))
                .contains("学术会堂第1期").contains("儒医论坛"));
    }

    private ObjectNode expert(ObjectNode event, UUID expert, String title) {
        event.put("subject", expert.toString());
        ((ObjectNode) event.get("data").get("expert")).put("id", expert.toString()).put("title", title)
                .putArray("societies").add(society.toString());
        return event;
    }

    private ObjectNode event(ObjectNode event, UUID id, int year) {
        event.put("subject", id.toString()).put("time", Instant.now().toString());
        ((ObjectNode) event.get("data").get("event")).put("id", id.toString()).put("societyId", society.toString())
                .put("sessionYear", year).put("startsAt", Instant.now().plus(Duration.ofDays(20)).toString())
                .put("endsAt", Instant.now().plus(Duration.ofDays(20)).plusSeconds(3600).toString());
        return event;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
