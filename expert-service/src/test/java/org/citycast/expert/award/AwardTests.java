package org.citycast.expert.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.expert.platform.TestTokens.admin;
import static org.citycast.expert.platform.TestTokens.reviewer;
import static org.citycast.expert.platform.TestTokens.secretaryOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.citycast.expert.ExpertEvents;
import org.citycast.expert.Fixtures;
import org.citycast.expert.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class AwardTests extends ServiceTest {

    Fixtures fixtures;
    AwardYear year;
    ExpertEvents events;
    UUID medical;
    UUID nursing;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(mvc, json, jdbc);
        year = new AwardYear(mvc, json);
        events = new ExpertEvents(broker, json);
        medical = fixtures.society("济宁市医学会");
        nursing = fixtures.society("济宁市护理学会");
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aFullYearFromNominationToCommendation() throws Exception {
        LocalDate start = LocalDate.of(2026, 11, 30);
        clock.setToday(start);
        UUID reviewerA = fixtures.committeeMember("评审甲", "山东大学", "MEDICINE", nursing);
        UUID reviewerB = fixtures.committeeMember("评审乙", "曲阜师范大学", "MEDICINE", nursing);
        UUID programme = year.programme("创新奖", 1, "P7D");
        UUID candidate = fixtures.admittedExpert("孙丽", "济宁市第一人民医院", "MEDICINE", medical, "SCI_TECH");
        String nominated = mvc.perform(json(post("/api/awards/programmes/" + programme + "/nominations")
                        .with(secretaryOf(medical)), """
                        {"candidateName":"孙丽","candidateEmployer":"济宁市第一人民医院","candidateTitle":"主任医师",
                         "workTitle":"冠心病介入治疗的临床研究","category":"MEDICINE","expertId":"%s"}"""
                        .formatted(candidate)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID first = UUID.fromString(json.readTree(nominated).get("id").asString());
        UUID second = year.nominate(programme, medical, "马强", "济宁市中医院", "MEDICINE");
        UUID third = year.nominate(programme, medical, "何伟", "兖州区人民医院", "MEDICINE");
        year.advance(programme, "INITIAL_CHECK");
        mvc.perform(json(post("/api/awards/programmes/" + programme + "/nominations").with(secretaryOf(medical)), """
                        {"candidateName":"迟到者","candidateEmployer":"某医院","workTitle":"x","category":"MEDICINE"}"""))
                .andExpect(status().isConflict());
        for (UUID n : List.of(first, second)) {
            year.pass(n, "INITIAL_CHECK", null);
        }
        mvc.perform(json(post("/api/awards/nominations/" + third + "/outcomes").with(admin()),
                        "{\"stage\":\"INITIAL_CHECK\",\"passed\":false,\"comment\":\"材料不全\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_PASSED"));
        year.advance(programme, "RECHECK");
        for (String stage : List.of("RECHECK", "COMPILATION")) {
            year.pass(first, stage, null);
            year.pass(second, stage, null);
            year.advance(programme, stage.equals("RECHECK") ? "COMPILATION" : "EXPERT_REVIEW");
        }
        mvc.perform(get("/api/awards/programmes/" + programme).with(secretaryOf(medical)))
                .andExpect(jsonPath("$.noticePeriod").value("P7D"))
                .andExpect(jsonPath("$.schedule[1].owner").value("学会部"))
                .andExpect(jsonPath("$.schedule[1].deadline").value("2026-05-31"));
        mvc.perform(get("/api/awards/nominations/" + third).with(secretaryOf(medical)))
                .andExpect(jsonPath("$.stage").value("INITIAL_CHECK"))
                .andExpect(jsonPath("$.outcomes[0].comment").value("材料不全"));

        for (UUID n : List.of(first, second)) {
            mvc.perform(json(put("/api/awards/nominations/" + n + "/reviewers").with(admin()),
                            "{\"reviewerIds\":[\"" + reviewerA + "\",\"" + reviewerB + "\"]}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.reviewers.length()").value(2));
        }
        score(first, reviewerA, 38, 28, 27);
        score(first, reviewerB, 36, 27, 28);
        score(second, reviewerA, 30, 20, 20);
        score(second, reviewerB, 32, 22, 21);
        mvc.perform(get("/api/awards/programmes/" + programme + "/ranking").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tieBreak").value(containsString("first criterion")))
                .andExpect(jsonPath("$.ranking[0].nominationId").value(first.toString()))
                .andExpect(jsonPath("$.ranking[0].meanTotal").value("92.00"))
                .andExpect(jsonPath("$.ranking[0].suggestedClass").value("FIRST"))
                .andExpect(jsonPath("$.ranking[1].suggestedClass").value("SECOND"));
        year.pass(first, "EXPERT_REVIEW", "FIRST");
        year.pass(second, "EXPERT_REVIEW", "SECOND");
        year.advance(programme, "INSPECTION");
        year.pass(first, "INSPECTION", null);
        year.pass(second, "INSPECTION", null);
        year.advance(programme, "PUBLIC_NOTICE");

        JsonNode opened = events.await(programme.toString(), "AwardPublicNoticeOpened.v1");
        events.matchesSample(opened, "AwardPublicNoticeOpened.v1");
        assertThat(opened.get("data").get("opensOn").asString()).isEqualTo("2026-11-30");
        assertThat(opened.get("data").get("closesOn").asString()).isEqualTo("2026-12-06");
        assertThat(opened.get("data").get("closesAt").asString()).isEqualTo("2026-12-06T16:00:00Z");
        assertThat(opened.get("data").get("entries")).hasSize(2);
        // the one that did not pass the initial check is still one of the year's nominations
        assertThat(opened.get("data").get("nominations").asLong()).isEqualTo(3);

        clock.setToday(start.plusDays(6));
        mvc.perform(json(post("/api/awards/programmes/" + programme + "/stage").with(admin()),
                        "{\"stage\":\"COMMENDATION\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("the public notice runs until")));
        clock.setToday(start.plusDays(7));
        mvc.perform(json(post("/api/awards/programmes/" + programme + "/stage").with(admin()),
                        "{\"stage\":\"COMMENDATION\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("COMMENDATION"))
                .andExpect(jsonPath("$.commendedOn").value("2026-12-07"));
        mvc.perform(get("/api/awards/nominations/" + first).with(secretaryOf(medical)))
                .andExpect(jsonPath("$.status").value("COMMENDED"))
                .andExpect(jsonPath("$.awardClassName").value("一等奖"));

        JsonNode results = events.await(programme.toString(), "AwardResultsAnnounced.v1");
        events.matchesSample(results, "AwardResultsAnnounced.v1");
        assertThat(results.get("data").get("winners")).hasSize(2);
        assertThat(results.get("data").get("nominations").asLong()).isEqualTo(3);
        assertThat(results.get("data").get("winners").get(0).get("societyName").asString()).startsWith("济宁市医学会");

        byte[] sheet = mvc.perform(get("/api/awards/programmes/" + programme + "/results.xlsx").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(sheet))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("候选人");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("孙丽");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(9).getStringCellValue()).isEqualTo("已表彰");
        }
        mvc.perform(get("/api/experts/stats").param("year", "2026").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.awards[?(@.programmeId == '" + programme + "')].nominations").value(3))
                .andExpect(jsonPath("$.awards[?(@.programmeId == '" + programme + "')].winnersByClass.FIRST").value(1));
    }

    @Test
    void stagesMoveOnlyForwardAndOnlyWithEveryOutcome() throws Exception {
        UUID programme = year.programme("阶段", 1, "P7D");
        mvc.perform(json(post("/api/awards/programmes/" + programme + "/stage").with(admin()),
                        "{\"stage\":\"INITIAL_CHECK\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("No nomination has been filed; there is nothing to check."));
        UUID a = year.nominate(programme, medical, "甲", "单位甲", "MEDICINE");
        UUID b = year.nominate(programme, medical, "乙", "单位乙", "MEDICINE");
        mvc.perform(json(post("/api/awards/programmes/" + programme + "/stage").with(admin()),
                        "{\"stage\":\"RECHECK\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("the next stage is INITIAL_CHECK")));
        mvc.perform(json(post("/api/awards/nominations/" + a + "/outcomes").with(admin()),
                        "{\"stage\":\"INITIAL_CHECK\",\"passed\":true}"))
                .andExpect(status().isConflict());
        year.advance(programme, "INITIAL_CHECK");
        year.pass(a, "INITIAL_CHECK", null);
        mvc.perform(json(post("/api/awards/nominations/" + a + "/outcomes").with(admin()),
                        "{\"stage\":\"INITIAL_CHECK\",\"passed\":false,\"comment\":\"改主意\"}"))
                .andExpect(status().isConflict());
        mvc.perform(json(post("/api/awards/nominations/" + a + "/outcomes").with(admin()),
                        "{\"stage\":\"RECHECK\",\"passed\":true}"))
                .andExpect(status().isConflict());
        mvc.perform(json(post("/api/awards/nominations/" + b + "/outcomes").with(admin()),
                        "{\"stage\":\"INITIAL_CHECK\",\"passed\":false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        mvc.perform(json(post("/api/awards/programmes/" + programme + "/stage").with(admin()),
                        "{\"stage\":\"RECHECK\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("1 nomination(s) still await an outcome")));
        year.pass(b, "INITIAL_CHECK", null);
        year.advance(programme, "RECHECK");
        mvc.perform(json(post("/api/awards/programmes/" + programme + "/stage").with(admin()),
                        "{\"stage\":\"INITIAL_CHECK\"}"))
                .andExpect(status().isConflict());
        mvc.perform(json(post("/api/awards/programmes/" + programme + "/stage").with(admin()), "{\"stage\":\"BACK\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
    }

    @Test
    void aConflictedReviewerIsNeverAssignedNorShownTheNomination() throws Exception {
        // a category no other test uses, so that automatic assignment chooses among these four alone
        UUID sameSociety = fixtures.committeeMember("同学会", "泰山医学院", "ENERGY_ENVIRONMENT", medical);
        UUID sameEmployer = fixtures.committeeMember("同单位", "济宁市第一人民医院", "ENERGY_ENVIRONMENT", nursing);
        UUID declares = fixtures.committeeMember("自报回避", "潍坊医学院", "ENERGY_ENVIRONMENT", nursing);
        UUID clean = fixtures.committeeMember("无冲突", "青岛大学", "ENERGY_ENVIRONMENT", nursing);
        UUID programme = year.programme("回避", 1, "P7D");
        UUID nomination = year.nominate(programme, medical, "孙丽", " 济宁市第一人民医院 ", "ENERGY_ENVIRONMENT");
        year.toExpertReview(programme, List.of(nomination));

        for (UUID conflicted : List.of(sameSociety, sameEmployer)) {
            mvc.perform(json(put("/api/awards/nominations/" + nomination + "/reviewers").with(admin()),
                            "{\"reviewerIds\":[\"" + conflicted + "\"]}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(containsString("Recusal")));
        }
        mvc.perform(json(post("/api/awards/nominations/" + nomination + "/conflicts").with(admin()),
                        "{\"reviewerId\":\"" + declares + "\",\"reason\":\"曾与候选人合作发表论文\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(json(post("/api/awards/programmes/" + programme + "/assignments").with(admin()),
                        "{\"reviewersPerNomination\":9}"))
                .andExpect(status().isOk());
        JsonNode assigned = fixtures.body(mvc.perform(get("/api/awards/nominations/" + nomination).with(admin()))
                .andReturn().getResponse().getContentAsString()).get("reviewers");
        List<String> ids = java.util.stream.StreamSupport.stream(assigned.spliterator(), false)
                .map(r -> r.get("id").asString()).toList();
        assertThat(ids).contains(clean.toString())
                .doesNotContain(sameSociety.toString(), sameEmployer.toString(), declares.toString());
        mvc.perform(get("/api/awards/programmes/" + programme + "/conflicts").with(admin()))
                .andExpect(jsonPath("$[?(@.reviewerId == '" + sameSociety + "')].kind").value("SAME_SOCIETY"))
                .andExpect(jsonPath("$[?(@.reviewerId == '" + sameEmployer + "')].kind").value("SAME_EMPLOYER"))
                .andExpect(jsonPath("$[?(@.reviewerId == '" + declares + "')].kind").value("DECLARED"));

        for (UUID conflicted : List.of(sameSociety, sameEmployer, declares)) {
            assertHidden(programme, nomination, conflicted);
        }
        mvc.perform(get("/api/awards/nominations/" + nomination).with(reviewer(clean))).andExpect(status().isOk());
        mvc.perform(get("/api/awards/programmes/" + programme + "/nominations").with(reviewer(clean)))
                .andExpect(jsonPath("$.content[0].id").value(nomination.toString()));

        // the clean reviewer joins the nominating society: from then on they are conflicted, and unassigned
        String name = fixtures.body(mvc.perform(get("/api/experts/" + clean).with(admin()))
                .andReturn().getResponse().getContentAsString()).get("name").asString();
        mvc.perform(json(put("/api/experts/" + clean).with(admin()), Fixtures.profile(name,
                        "青岛大学", "FULL_SENIOR", "MEDICINE", "13905371234", Fixtures.idNumber(), nursing, medical)))
                .andExpect(status().isOk());
        assertHidden(programme, nomination, clean);
        assertThat(jdbc.sql("SELECT count(*) FROM review_assignment WHERE reviewer_id = ?").param(clean)
                .query(Long.class).single()).isZero();
    }

    private void assertHidden(UUID programme, UUID nomination, UUID reviewer) throws Exception {
        mvc.perform(get("/api/awards/nominations/" + nomination).with(reviewer(reviewer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/awards/nominations/" + nomination + "/reviews").with(reviewer(reviewer)))
                .andExpect(status().isNotFound());
        mvc.perform(json(put("/api/awards/nominations/" + nomination + "/review").with(reviewer(reviewer)),
                        "{\"scores\":{\"innovation\":40,\"impact\":30,\"rigour\":30}}"))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/awards/nominations/" + nomination + "/conflicts").with(reviewer(reviewer)),
                        "{\"reason\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/awards/programmes/" + programme + "/nominations").with(reviewer(reviewer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/awards/programmes/" + programme + "/nominations").param("q", "孙丽")
                        .with(reviewer(reviewer)))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        byte[] sheet = mvc.perform(get("/api/awards/programmes/" + programme + "/nominations/export.xlsx")
                        .with(reviewer(reviewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(sheet))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void reviewersSeeEachOthersScoresOnlyAfterTheReviewCloses() throws Exception {
        UUID one = fixtures.committeeMember("盲评一", "山东大学齐鲁医院", "MEDICINE", nursing);
        UUID two = fixtures.committeeMember("盲评二", "山东省立医院", "MEDICINE", nursing);
        UUID programme = year.programme("盲评", 1, "P7D");
        UUID nomination = year.nominate(programme, medical, "盲评候选", "济宁市某医院", "MEDICINE");
        year.toExpertReview(programme, List.of(nomination));
        mvc.perform(json(put("/api/awards/nominations/" + nomination + "/reviewers").with(admin()),
                        "{\"reviewerIds\":[\"" + one + "\",\"" + two + "\"]}"))
                .andExpect(status().isOk());
        mvc.perform(json(put("/api/awards/nominations/" + nomination + "/review").with(reviewer(one)),
                        "{\"scores\":{\"innovation\":41,\"impact\":30,\"bogus\":1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "scores.innovation", "scores.rigour", "scores.bogus")));
        score(nomination, one, 35, 25, 25);
        score(nomination, two, 30, 20, 20);
        mvc.perform(get("/api/awards/nominations/" + nomination + "/reviews").with(reviewer(one)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].mine").value(true))
                .andExpect(jsonPath("$[0].total").value(85));
        mvc.perform(get("/api/awards/nominations/" + nomination + "/reviews").with(admin()))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].reviewer").value("盲评二"));
        mvc.perform(get("/api/awards/nominations/" + nomination + "/reviews").with(secretaryOf(medical)))
                .andExpect(status().isForbidden());
        year.pass(nomination, "EXPERT_REVIEW", "FIRST");
        year.advance(programme, "INSPECTION");
        mvc.perform(get("/api/awards/nominations/" + nomination + "/reviews").with(reviewer(one)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].reviewer").value("评审专家 2"))
                .andExpect(jsonPath("$[1].reviewerId").doesNotExist())
                .andExpect(jsonPath("$[1].total").value(70));
        mvc.perform(json(put("/api/awards/nominations/" + nomination + "/review").with(reviewer(one)),
                        "{\"scores\":{\"innovation\":40,\"impact\":30,\"rigour\":30}}"))
                .andExpect(status().isConflict());
    }

    @Test
    void quotasHoldAtCommendation() throws Exception {
        LocalDate start = LocalDate.of(2026, 10, 10);
        clock.setToday(start);
        UUID programme = year.programme("名额", 1, "P7D");
        UUID a = year.nominate(programme, medical, "名额甲", "单位甲", "MEDICINE");
        UUID b = year.nominate(programme, medical, "名额乙", "单位乙", "MEDICINE");
        year.toExpertReview(programme, List.of(a, b));
        year.pass(a, "EXPERT_REVIEW", "FIRST");
        year.pass(b, "EXPERT_REVIEW", "FIRST");
        year.advance(programme, "INSPECTION");
        year.pass(a, "INSPECTION", null);
        year.pass(b, "INSPECTION", null);
        year.advance(programme, "PUBLIC_NOTICE");
        clock.setToday(start.plusDays(8));
        mvc.perform(json(post("/api/awards/programmes/" + programme + "/stage").with(admin()),
                        "{\"stage\":\"COMMENDATION\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("一等奖 (FIRST) has 2 nominations for 1 places")));
        assertThat(jdbc.sql("SELECT stage FROM award_programme WHERE id = ?").param(programme).query(String.class)
                .single()).isEqualTo("PUBLIC_NOTICE");
    }

    @Test
    void aProgrammeIsValidatedFieldByField() throws Exception {
        mvc.perform(json(post("/api/awards/programmes").with(admin()), """
                        {"year":2026,"kind":"ACADEMIC_INNOVATION","name":"坏的",
                         "classes":[{"code":"FIRST","name":"一等奖","quota":0},{"code":"FIRST","name":"又一等奖","quota":2}],
                         "rubric":[{"code":"innovation","name":"创新性","maxScore":40}],"noticePeriod":"PT1S"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("classes[0].quota"));
        mvc.perform(json(post("/api/awards/programmes").with(admin()), """
                        {"year":2026,"kind":"ACADEMIC_INNOVATION","name":"坏的",
                         "classes":[{"code":"FIRST","name":"一等奖","quota":1},{"code":"FIRST","name":"又一等奖","quota":2}],
                         "rubric":[{"code":"innovation","name":"创新性","maxScore":40}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("classes[1].code"));
        mvc.perform(json(post("/api/awards/programmes").with(admin()), """
                        {"year":2026,"kind":"ACADEMIC_INNOVATION","name":"坏的",
                         "classes":[{"code":"FIRST","name":"一等奖","quota":1}],
                         "rubric":[{"code":"innovation","name":"创新性","maxScore":40}],"noticePeriod":"PT1S"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("noticePeriod"));
    }

    private void score(UUID nomination, UUID reviewer, int innovation, int impact, int rigour) throws Exception {
        mvc.perform(json(put("/api/awards/nominations/" + nomination + "/review").with(reviewer(reviewer)), """
                        {"scores":{"innovation":%d,"impact":%d,"rigour":%d},"comment":"意见"}"""
                        .formatted(innovation, impact, rigour)))
                .andExpect(status().isOk());
    }
}
