package org.citycast.event.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.event.platform.TestTokens.admin;
import static org.citycast.event.platform.TestTokens.editor;
import static org.citycast.event.platform.TestTokens.secretaryOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.citycast.event.Scenario;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class EventTests extends Scenario {

    static final String EVENT = """
            {"title":"心血管论坛","titleEn":"Cardiology Forum","kind":"FORUM","coOrganiserIds":[%s],
             "startsAt":"2090-05-01T01:00:00Z","endsAt":"2090-05-01T09:00:00Z","venue":"济宁市会展中心","capacity":200,
             "speakers":[%s],
             "subForums":[{"title":"青年论坛","startsAt":"2090-05-01T05:00:00Z","endsAt":"2090-05-01T08:00:00Z",
                           "venue":"A厅","capacity":50,"speakers":[{"name":"王芳","title":"教授","employer":"山东大学"}]}]}""";

    @Test
    void anOrganiserDraftsAnEventWithSubForumsAndPoolSpeakersShownInShanghaiTime() throws Exception {
        UUID organiser = society("组织学会" + UUID.randomUUID().toString().substring(0, 6));
        UUID partner = society("协办学会" + UUID.randomUUID().toString().substring(0, 6));
        UUID speaker = expert("李明");
        String id = body(mvc.perform(json(post("/api/events").with(secretaryOf(organiser)), EVENT.formatted(
                        "\"" + partner + "\"", "{\"expertId\":\"" + speaker + "\",\"topic\":\"开幕报告\"}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organiser.id").value(organiser.toString()))
                .andExpect(jsonPath("$.coOrganisers[0].id").value(partner.toString()))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.startsAt").value("2090-05-01T01:00:00Z"))
                .andExpect(jsonPath("$.localStartsAt").value("2090-05-01T09:00:00"))
                .andExpect(jsonPath("$.timeZone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.speakers[0].name").value("李明"))
                .andExpect(jsonPath("$.speakers[0].external").value(false))
                .andExpect(jsonPath("$.subForums[0].speakers[0].external").value(true))
                .andReturn().getResponse().getContentAsString()).get("id").asString();

        // a draft: its societies and ADMIN see it; nobody else, not even the public
        mvc.perform(get("/api/events/" + id).with(secretaryOf(partner))).andExpect(status().isOk());
        mvc.perform(get("/api/events/" + id).with(secretaryOf(UUID.randomUUID()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/events/" + id).with(editor())).andExpect(status().isNotFound());
        mvc.perform(get("/api/events/public/events/" + id)).andExpect(status().isNotFound());
        mvc.perform(json(put("/api/events/" + id).with(secretaryOf(partner)), EVENT.formatted("", "")))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/events/" + id + "/publication").with(secretaryOf(organiser)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(post("/api/events/" + id + "/publication").with(secretaryOf(organiser)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/events/public/events/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.titleEn").value("Cardiology Forum"));
        mvc.perform(get("/api/events/public/events?year=2090&societyId=" + partner))
                .andExpect(jsonPath("$[*].id").value(containsInAnyOrder(id)));

        // the pool renames the expert: the event shows the new name
        expertEvent(speaker, "ExpertProfileChanged.v1", "李明（更名）", Instant.now());
        mvc.perform(get("/api/events/public/events/" + id)).andExpect(jsonPath("$.speakers[0].name").value("李明（更名）"));

        // a published event keeps its sub-forums: people may have signed up for them
        mvc.perform(json(put("/api/events/" + id).with(secretaryOf(organiser)), EVENT.formatted("", "")
                        .replaceAll("\"subForums\":\\[.*\\]", "\"subForums\":[]")))
                .andExpect(status().isConflict());
    }

    @Test
    void badEventsAreRefusedFieldByField() throws Exception {
        UUID organiser = society("校验学会" + UUID.randomUUID().toString().substring(0, 6));
        mvc.perform(json(post("/api/events").with(admin()), """
                        {"organiserId":"%s","title":"倒序","kind":"FORUM","startsAt":"2090-05-01T09:00:00Z",
                         "endsAt":"2090-05-01T01:00:00Z","venue":"某地","capacity":10,
                         "coOrganiserIds":["%s"],
                         "speakers":[{"expertId":"%s"},{"title":"无名"}],
                         "subForums":[{"title":"越界","startsAt":"2090-04-30T01:00:00Z","endsAt":"2090-04-30T02:00:00Z",
                                       "venue":"B厅","capacity":5}]}""".formatted(organiser, organiser, UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("endsAt", "coOrganiserIds",
                        "speakers[0].expertId", "speakers[1].name", "subForums[0].startsAt")));
        mvc.perform(json(post("/api/events").with(admin()), """
                        {"organiserId":"%s","title":"","kind":"PARTY","startsAt":"soon","venue":"某地","capacity":-1}"""
                        .formatted(organiser)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/events").with(admin()), """
                        {"organiserId":"%s","title":"未知学会","kind":"FORUM","startsAt":"2090-05-01T01:00:00Z",
                         "endsAt":"2090-05-01T02:00:00Z","venue":"某地","capacity":1}""".formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("organiserId"));
        assertThat(jdbc.sql("select count(*) from academic_event where title = '倒序'").query(Long.class).single())
                .isZero();
    }

    @Test
    void anEventRealisesALineOfItsOrganisersPlanOnlyOnce() throws Exception {
        UUID organiser = society("计划落地学会" + UUID.randomUUID().toString().substring(0, 6));
        UUID other = society("别家学会" + UUID.randomUUID().toString().substring(0, 6));
        String line = body(mvc.perform(json(post("/api/events/plans/2090/events").with(admin()), """
                        {"societyId":"%s","title":"年会","kind":"ANNUAL_MEETING","plannedMonth":5,"expectedAttendance":100}"""
                        .formatted(organiser)))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        String request = """
                {"organiserId":"%s","plannedEventId":"%s","title":"年会","kind":"ANNUAL_MEETING",
                 "startsAt":"2090-05-01T01:00:00Z","endsAt":"2090-05-01T02:00:00Z","venue":"某地","capacity":1}""";
        mvc.perform(json(post("/api/events").with(admin()), request.formatted(other, line)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("plannedEventId"));
        mvc.perform(json(post("/api/events").with(admin()), request.formatted(organiser, line)))
                .andExpect(status().isCreated());
        mvc.perform(json(post("/api/events").with(admin()), request.formatted(organiser, line)))
                .andExpect(status().isConflict());
    }

    @Test
    void aBiggerHallLetsThoseWaitingIn() throws Exception {
        UUID organiser = society("扩容学会" + UUID.randomUUID().toString().substring(0, 6));
        JsonNode event = publishedEvent(organiser, 1, "LECTURE");
        String id = event.get("id").asString();
        for (int i = 0; i < 3; i++) {
            mvc.perform(signUp(id, "听众" + i, "济宁", phone(500 + i), null)).andExpect(status().isCreated());
        }
        String request = """
                {"title":"%s","kind":"LECTURE","startsAt":"%s","endsAt":"%s","venue":"更大的厅","capacity":2}"""
                .formatted(event.get("title").asString(), event.get("startsAt").asString(),
                        event.get("endsAt").asString());
        mvc.perform(json(put("/api/events/" + id).with(secretaryOf(organiser)), request)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from registration where event_id = ? and status = 'ADMITTED'")
                .param(UUID.fromString(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aCancelledEventClosesRegistration() throws Exception {
        UUID organiser = society("取消学会" + UUID.randomUUID().toString().substring(0, 6));
        String id = publishedEvent(organiser, 10, "LECTURE").get("id").asString();
        mvc.perform(json(post("/api/events/" + id + "/cancellation").with(secretaryOf(organiser)), """
                {"reason":"场地维修"}""")).andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.statusReason").value("场地维修"));
        mvc.perform(signUp(id, "迟到者", "济宁", phone(600), null)).andExpect(status().isConflict());
        mvc.perform(json(post("/api/events/" + id + "/cancellation").with(secretaryOf(organiser)), """
                {"reason":"再次取消"}""")).andExpect(status().isConflict());
    }
}
