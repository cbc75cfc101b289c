package org.citycast.expert.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.expert.platform.TestTokens.admin;
import static org.citycast.expert.platform.TestTokens.secretaryOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycast.expert.Fixtures;
import org.citycast.expert.ServiceTest;
import org.citycast.expert.award.AwardYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class NoticeTests extends ServiceTest {

    static final LocalDate OPENED = LocalDate.of(2026, 6, 1);

    AwardYear year;
    UUID society;
    UUID programme;
    UUID onNotice;
    UUID failed;

    @BeforeEach
    void aProgrammeOnNotice() throws Exception {
        clock.setToday(OPENED);
        year = new AwardYear(mvc, json);
        society = new Fixtures(mvc, json, jdbc).society("济宁市公示学会");
        programme = year.programme("公示", 2, "P7D");
        onNotice = year.nominate(programme, society, "公示候选", "济宁市某单位", "SCIENCE");
        UUID other = year.nominate(programme, society, "另一候选", "济宁市另一单位", "SCIENCE");
        failed = year.nominate(programme, society, "未通过者", "济宁市又一单位", "SCIENCE");
        year.toExpertReview(programme, List.of(onNotice, other), List.of(failed));
        for (UUID n : List.of(onNotice, other)) {
            year.pass(n, "EXPERT_REVIEW", "FIRST");
        }
        year.advance(programme, "INSPECTION");
        year.pass(onNotice, "INSPECTION", null);
        year.pass(other, "INSPECTION", null);
        year.advance(programme, "PUBLIC_NOTICE");
    }

    @Test
    void anyoneFilesAnObjectionWithoutLoginAndGetsAReceipt() throws Exception {
        mvc.perform(get("/api/awards/public/notices/" + programme))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.open").value(true))
                .andExpect(jsonPath("$.closesOn").value("2026-06-07"))
                .andExpect(jsonPath("$.entries[*].candidateName").value(containsInAnyOrder("公示候选", "另一候选")));
        mvc.perform(get("/api/awards/public/notices"))
                .andExpect(jsonPath("$[?(@.programmeId == '" + programme + "')].open").value(true));

        String receipt = fixtures().body(mvc.perform(objection(onNotice, "张三", "13705371111").with(from("10.1.0.1")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.receiptNumber").value(org.hamcrest.Matchers.matchesPattern(
                        "GS20260601-[0-9A-Z]{6}")))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString()).get("receiptNumber").asString();

        assertThat(jdbc.sql("SELECT objector_name_cipher || objector_phone_cipher FROM objection WHERE receipt = ?")
                .param(receipt).query(String.class).single()).doesNotContain("张三").doesNotContain("13705371111");
        mvc.perform(get("/api/awards/public/objections/" + receipt))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidateName").value("公示候选"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.objectorName").doesNotExist());
        mvc.perform(get("/api/awards/objections").param("programmeId", programme.toString()).with(admin()))
                .andExpect(jsonPath("$[0].objectorName").value("张三"))
                .andExpect(jsonPath("$[0].objectorPhone").value("13705371111"));
        mvc.perform(get("/api/awards/public/objections/GS20260601-XXXXXX")).andExpect(status().isNotFound());
    }

    @Test
    void anObjectionIsValidatedFieldByField() throws Exception {
        mvc.perform(post("/api/awards/public/notices/" + programme + "/objections").with(from("10.2.0.1"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"nominationId":"%s","name":"","phone":"12345","content":"太短"}""".formatted(onNotice)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "phone", "content")));
        mvc.perform(objection(failed, "李四", "13705372222").with(from("10.2.0.1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nominationId"));
        mvc.perform(post("/api/awards/public/notices/" + programme + "/objections").with(from("10.2.0.1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nominationId\":\"not-a-uuid\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nominationId"));
        mvc.perform(post("/api/awards/public/notices/" + UUID.randomUUID() + "/objections").with(from("10.2.0.1"))
                        .contentType(MediaType.APPLICATION_JSON).content(
                                "{\"nominationId\":\"" + onNotice + "\",\"name\":\"李四\",\"phone\":\"13705372222\","
                                        + "\"content\":\"该候选人的成果与实际情况不符。\"}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM objection WHERE notice_id = ?").param(programme).query(Long.class)
                .single()).isZero();
    }

    @Test
    void objectionsAreTakenOnlyInsideTheWindow() throws Exception {
        clock.setToday(OPENED.plusDays(6));
        mvc.perform(objection(onNotice, "王五", "13705373333").with(from("10.3.0.1"))).andExpect(status().isCreated());
        clock.setToday(OPENED.plusDays(7));
        mvc.perform(objection(onNotice, "王五", "13705373333").with(from("10.3.0.2")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("ran from 2026-06-01 to 2026-06-07")));
        mvc.perform(get("/api/awards/public/notices/" + programme)).andExpect(jsonPath("$.open").value(false));
    }

    @Test
    void oneAddressIsLimitedOthersAreNot() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(objection(onNotice, "赵六", "13705374444").with(from("10.4.0.1")))
                    .andExpect(status().isCreated());
        }
        mvc.perform(objection(onNotice, "赵六", "13705374444").with(from("10.4.0.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(429));
        // even a bad request counts against the limit once it is reached
        mvc.perform(post("/api/awards/public/notices/" + programme + "/objections").with(from("10.4.0.1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isTooManyRequests());
        mvc.perform(objection(onNotice, "赵六", "13705374444").with(from("10.4.0.2")))
                .andExpect(status().isCreated());
    }

    @Test
    void openObjectionsBlockCommendationUntilAnsweredAndAnUpheldOneTakesTheNominationOut() throws Exception {
        String receipt = fixtures().body(mvc.perform(objection(onNotice, "钱七", "13705375555").with(from("10.5.0.1")))
                .andReturn().getResponse().getContentAsString()).get("receiptNumber").asString();
        clock.setToday(OPENED.plusDays(10));
        mvc.perform(json(post("/api/awards/programmes/" + programme + "/stage").with(admin()),
                        "{\"stage\":\"COMMENDATION\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("1 objection(s) await ADMIN's written answer")));
        String id = fixtures().body(mvc.perform(get("/api/awards/objections").param("programmeId", programme.toString())
                .with(admin())).andReturn().getResponse().getContentAsString()).get(0).get("id").asString();
        mvc.perform(json(post("/api/awards/objections/" + id + "/answer").with(admin()), "{\"upheld\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answer"));
        mvc.perform(json(post("/api/awards/objections/" + id + "/answer").with(admin()),
                        "{\"upheld\":true,\"answer\":\"经核实，候选人成果存在署名争议，取消其评选资格。\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ANSWERED"));
        mvc.perform(json(post("/api/awards/objections/" + id + "/answer").with(admin()),
                        "{\"upheld\":false,\"answer\":\"再答一次不行。\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/awards/public/objections/" + receipt))
                .andExpect(jsonPath("$.upheld").value(true))
                .andExpect(jsonPath("$.answer").value(containsString("署名争议")));
        mvc.perform(get("/api/awards/nominations/" + onNotice).with(secretaryOf(society)))
                .andExpect(jsonPath("$.status").value("NOT_PASSED"));
        mvc.perform(json(post("/api/awards/programmes/" + programme + "/stage").with(admin()),
                        "{\"stage\":\"COMMENDATION\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/awards/nominations/" + onNotice).with(secretaryOf(society)))
                .andExpect(jsonPath("$.status").value("NOT_PASSED"));
    }

    private MockHttpServletRequestBuilder objection(UUID nomination, String name, String phone) {
        return post("/api/awards/public/notices/" + programme + "/objections")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"nominationId":"%s","name":"%s","phone":"%s","content":"该候选人的成果与实际情况不符，请核实。"}"""
                        .formatted(nomination, name, phone));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private Fixtures fixtures() {
        return new Fixtures(mvc, json, jdbc);
    }
}
