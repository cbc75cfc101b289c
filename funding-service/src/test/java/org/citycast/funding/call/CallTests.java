package org.citycast.funding.call;

import static org.citycast.funding.platform.TestTokens.admin;
import static org.citycast.funding.platform.TestTokens.editor;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.citycast.funding.ServiceTest;
import org.junit.jupiter.api.Test;

class CallTests extends ServiceTest {

    @Test
    void aCallCarriesItsDatesCategoriesMaximumAndRubric() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        String body = mvc.perform(json(post("/api/funding/calls").with(admin()), """
                        {"year":%d,"title":"科普活动专项","opensOn":"%s","closesOn":"%s","maxPerGrant":"15000",
                         "categories":["PUBLIC_SERVICE"],"rubric":[{"key":"reach","name":"受众覆盖","weight":60},
                         {"key":"quality","name":"内容质量","weight":40}]}"""
                        .formatted(today.getYear(), today.plusDays(3), today.plusDays(30))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("UPCOMING"))
                .andExpect(jsonPath("$.maxPerGrant").value("15000.00"))
                .andExpect(jsonPath("$.rubric[0].key").value("reach"))
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asString();
        mvc.perform(get("/api/funding/calls?status=UPCOMING&category=PUBLIC_SERVICE&size=100").with(editor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')]").exists());
        clock.setToday(today.plusDays(31));
        mvc.perform(get("/api/funding/calls/" + id).with(editor())).andExpect(jsonPath("$.status").value("CLOSED"));
        clock.reset();

        mvc.perform(json(put("/api/funding/calls/" + id).with(admin()), """
                        {"year":%d,"title":"科普活动专项","opensOn":"%s","closesOn":"%s","maxPerGrant":"15000",
                         "categories":["PUBLIC_SERVICE"]}""".formatted(today.getYear(), today.minusDays(1),
                        today.plusDays(30))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.rubric.length()").value(3));
    }

    @Test
    void badCallsAreRefusedNamingTheField() throws Exception {
        mvc.perform(json(post("/api/funding/calls").with(admin()), """
                        {"year":2026,"title":"x","opensOn":"2026-05-01","closesOn":"2026-04-01","maxPerGrant":"1",
                         "categories":["PUBLIC_SERVICE"]}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("closesOn"));
        mvc.perform(json(post("/api/funding/calls").with(admin()), """
                        {"year":2026,"title":"x","opensOn":"2026-03-01","closesOn":"2026-04-01","maxPerGrant":"1",
                         "categories":["ASTROLOGY"]}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("categories"));
        mvc.perform(json(post("/api/funding/calls").with(admin()), """
                        {"year":2026,"title":"x","opensOn":"2026-03-01","closesOn":"2026-04-01","maxPerGrant":"1",
                         "categories":["PUBLIC_SERVICE"],"rubric":[{"key":"a","name":"甲","weight":1},
                         {"key":"a","name":"乙","weight":1}]}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rubric"));
        mvc.perform(json(post("/api/funding/calls").with(admin()), """
                        {"year":1800,"title":"","opensOn":"2026-03-01","closesOn":"2026-04-01","maxPerGrant":"0",
                         "categories":[]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4));
    }
}
