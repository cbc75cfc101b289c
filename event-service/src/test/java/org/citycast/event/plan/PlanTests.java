package org.citycast.event.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.event.platform.TestTokens.admin;
import static org.citycast.event.platform.TestTokens.reviewer;
import static org.citycast.event.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.event.Scenario;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class PlanTests extends Scenario {

    static final String LINE = """
            {"title":"%s","kind":"ANNUAL_MEETING","plannedMonth":9,"expectedAttendance":2000,"partners":"济宁医学院"}""";

    @Test
    void aSocietyFilesItsPlanUntilTheDeadlineAndAdminCanAddLater() throws Exception {
        int year = 2094;
        UUID society = society("计划学会" + UUID.randomUUID().toString().substring(0, 6));
        mvc.perform(json(post("/api/events/plans/" + year + "/events").with(secretaryOf(society)), LINE.formatted("年会")))
                .andExpect(status().isConflict());

        mvc.perform(json(put("/api/events/plans/" + year + "/deadline").with(admin()), """
                {"dueOn":"2094-01-31"}""")).andExpect(status().isOk());
        clock.setToday(LocalDate.of(2094, 1, 31));
        JsonNode line = body(mvc.perform(json(post("/api/events/plans/" + year + "/events").with(secretaryOf(society)),
                        LINE.formatted("年会")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.societyId").value(society.toString()))
                .andExpect(jsonPath("$.kindLabel").value("学术年会"))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(json(put("/api/events/plans/events/" + line.get("id").asString()).with(secretaryOf(society)),
                LINE.formatted("年会（修订）"))).andExpect(status().isOk()).andExpect(jsonPath("$.title").value("年会（修订）"));

        clock.setToday(LocalDate.of(2094, 2, 1));
        mvc.perform(json(post("/api/events/plans/" + year + "/events").with(secretaryOf(society)), LINE.formatted("迟交")))
                .andExpect(status().isConflict());
        mvc.perform(json(put("/api/events/plans/events/" + line.get("id").asString()).with(secretaryOf(society)),
                LINE.formatted("迟改"))).andExpect(status().isConflict());
        mvc.perform(json(post("/api/events/plans/" + year + "/events").with(admin()), """
                {"societyId":"%s","title":"年中追加","kind":"LECTURE","plannedMonth":7,"expectedAttendance":100}"""
                .formatted(society))).andExpect(status().isCreated());

        mvc.perform(get("/api/events/plans?year=" + year).with(secretaryOf(society)))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/events/plans?year=" + year).with(secretaryOf(UUID.randomUUID())))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/events/plans/events/" + line.get("id").asString()).with(secretaryOf(UUID.randomUUID())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aLineNeedsAKnownSocietyAndValidFields() throws Exception {
        mvc.perform(json(post("/api/events/plans/2094/events").with(admin()), """
                        {"societyId":"%s","title":"","kind":"PARTY","plannedMonth":13,"expectedAttendance":-1}"""
                        .formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(json(post("/api/events/plans/2094/events").with(admin()), """
                        {"societyId":"%s","title":"","kind":"FORUM","plannedMonth":13,"expectedAttendance":-1}"""
                        .formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3));
        mvc.perform(json(post("/api/events/plans/2094/events").with(admin()), """
                        {"societyId":"%s","title":"某活动","kind":"FORUM","plannedMonth":3,"expectedAttendance":1}"""
                        .formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("societyId"));
    }

    @Test
    void reviewersRateOtherSocietiesPlansButNeverTheirOwn() throws Exception {
        UUID own = society("评审本会" + UUID.randomUUID().toString().substring(0, 6));
        UUID other = society("评审他会" + UUID.randomUUID().toString().substring(0, 6));
        UUID expert = expert("李明", own);
        String ownLine = adminLine(own, "本会年会");
        String otherLine = adminLine(other, "他会论坛");

        mvc.perform(json(put("/api/events/plans/events/" + ownLine + "/rating").with(reviewer(expert)), """
                {"importance":5}""")).andExpect(status().isForbidden());
        mvc.perform(json(put("/api/events/plans/events/" + otherLine + "/rating").with(reviewer(expert)), """
                {"importance":6}""")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("importance"));
        mvc.perform(json(put("/api/events/plans/events/" + otherLine + "/rating").with(reviewer(expert)), """
                {"importance":4,"comment":"全市性学术活动"}""")).andExpect(status().isOk());
        mvc.perform(json(put("/api/events/plans/events/" + otherLine + "/rating").with(reviewer(expert)), """
                {"importance":5}""")).andExpect(status().isOk());
        UUID second = expert("王芳");
        mvc.perform(json(put("/api/events/plans/events/" + otherLine + "/rating").with(reviewer(second)), """
                {"importance":2}""")).andExpect(status().isOk());
        mvc.perform(json(put("/api/events/plans/events/" + otherLine + "/rating").with(reviewer(UUID.randomUUID())), """
                {"importance":2}""")).andExpect(status().isConflict());

        mvc.perform(get("/api/events/plans/events/" + otherLine).with(admin()))
                .andExpect(jsonPath("$.ratingCount").value(2))
                .andExpect(jsonPath("$.averageImportance").value("3.50"));
        mvc.perform(get("/api/events/plans/events/" + otherLine).with(reviewer(expert)))
                .andExpect(jsonPath("$.ownRating.importance").value(5))
                .andExpect(jsonPath("$.ratings").doesNotExist())
                .andExpect(jsonPath("$.recused").value(false));
        mvc.perform(get("/api/events/plans/events/" + ownLine).with(reviewer(expert)))
                .andExpect(jsonPath("$.recused").value(true));
        mvc.perform(get("/api/events/plans/events/" + otherLine).with(secretaryOf(other)))
                .andExpect(jsonPath("$.ratings").doesNotExist()).andExpect(jsonPath("$.averageImportance").doesNotExist());

        // the expert joins the other society: from then on they are recused there too
        expertEvent(expert, "ExpertProfileChanged.v1", "李明", Instant.now(), own, other);
        mvc.perform(json(put("/api/events/plans/events/" + otherLine + "/rating").with(reviewer(expert)), """
                {"importance":3}""")).andExpect(status().isForbidden());
        // an older event arriving late changes nothing
        expertEvent(expert, "ExpertProfileChanged.v1", "李明", Instant.now().minusSeconds(3600), own);
        assertThat(jdbc.sql("select count(*) from expert_society where expert_id = ?").param(expert).query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void anExpertWhoLeftThePoolRatesNoMore() throws Exception {
        UUID society = society("离库学会" + UUID.randomUUID().toString().substring(0, 6));
        String line = adminLine(society, "某论坛");
        UUID expert = expert("赵强");
        expertEvent(expert, "ExpertLeftPool.v1", "赵强", Instant.now());
        mvc.perform(json(put("/api/events/plans/events/" + line + "/rating").with(reviewer(expert)), """
                {"importance":3}""")).andExpect(status().isForbidden());
    }

    private String adminLine(UUID society, String title) throws Exception {
        return body(mvc.perform(json(post("/api/events/plans/2095/events").with(admin()), """
                        {"societyId":"%s","title":"%s","kind":"FORUM","plannedMonth":5,"expectedAttendance":100}"""
                        .formatted(society, title)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }
}
