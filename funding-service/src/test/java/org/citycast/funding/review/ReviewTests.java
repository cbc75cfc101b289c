package org.citycast.funding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.funding.platform.TestTokens.admin;
import static org.citycast.funding.platform.TestTokens.reviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.UUID;

import org.citycast.funding.Grants;
import org.citycast.funding.GrantsTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

class ReviewTests extends GrantsTest {

    Grants.Scope scope;
    UUID call;
    UUID society;

    @BeforeEach
    void anApplicationInReview() throws Exception {
        scope = grants.scope(new BigDecimal("100000.00"));
        call = grants.call(scope, new BigDecimal("30000.00"));
        society = grants.society("济宁市评审学会", "ACTIVE");
    }

    @Test
    void aMemberOfTheApplyingSocietyIsNeverAssignedNorShownTheApplication() throws Exception {
        UUID id = grants.inReview(society, call, scope, new BigDecimal("9000.00"));
        UUID member = grants.expert("钱教授", "济宁学院", society);
        UUID free = grants.expert("孙教授", "曲阜师范大学");

        assign(id, member, free)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("belongs to " + grants.societyName(society))));
        assertThat(jdbc.sql("SELECT count(*) FROM review_assignment WHERE application_id = ?").param(id)
                .query(Long.class).single()).isZero();
        assign(id, free).andExpect(status().isOk()).andExpect(jsonPath("$[0].expertId").value(free.toString()));

        mvc.perform(get("/api/funding/applications/" + id + "/reviews").with(reviewer(member)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/funding/applications/" + id).with(reviewer(free))).andExpect(status().isNotFound());
        scoreAs(id, member, 90).andExpect(status().isNotFound());
        mvc.perform(get("/api/funding/reviews/assignments").with(reviewer(member)))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/funding/reviews/assignments").with(reviewer(free)))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].applicationId").value(id.toString()));
    }

    @Test
    void aMembershipLearntAfterAssignmentHidesTheApplicationAndDropsTheScore() throws Exception {
        UUID id = grants.inReview(society, call, scope, new BigDecimal("9000.00"));
        UUID late = grants.expert("吴研究员", "济宁市农科院");
        UUID other = grants.expert("郑研究员", "济宁市林业局");
        assign(id, late, other).andExpect(status().isOk());
        scoreAs(id, late, 95).andExpect(status().isOk());
        scoreAs(id, other, 70).andExpect(status().isOk());

        // the expert pool now says the reviewer belongs to the applicant
        jdbc.sql("INSERT INTO known_expert_society (expert_id, society_id) VALUES (?, ?)").params(late, society).update();
        mvc.perform(get("/api/funding/applications/" + id + "/reviews").with(reviewer(late)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/funding/applications/" + id + "/review-closing").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVIEWED"))
                .andExpect(jsonPath("$.reviewScore").value("70.00"));
        assertThat(jdbc.sql("SELECT status FROM review_assignment WHERE expert_id = ?").param(late)
                .query(String.class).single()).isEqualTo("RECUSED");
    }

    @Test
    void anEmployeeOfACoOrganiserAndAReviewerWhoDeclaredAConflictAreRefused() throws Exception {
        UUID id = grants.inReview(society, call, scope, new BigDecimal("9000.00"), "济宁医学院附属医院");
        UUID employee = grants.expert("冯医生", "济宁医学院附属医院");
        assign(id, employee).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("co-organises")));

        UUID honest = grants.expert("陈教授", "山东理工大学");
        assign(id, honest).andExpect(status().isOk());
        mvc.perform(json(post("/api/funding/reviews/conflicts").with(reviewer(honest)),
                        "{\"applicationId\":\"%s\",\"reason\":\"我的学生是项目负责人\"}".formatted(id)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.societyId").value(society.toString()));
        mvc.perform(get("/api/funding/applications/" + id + "/reviews").with(reviewer(honest)))
                .andExpect(status().isNotFound());
        assign(id, honest).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("我的学生是项目负责人")));
        UUID next = grants.inReview(society, call, scope, new BigDecimal("5000.00"));
        assign(next, honest).andExpect(status().isConflict());
        mvc.perform(get("/api/funding/reviews/conflicts?expertId=" + honest).with(admin()))
                .andExpect(jsonPath("$.page.totalElements").value(1));

        UUID stranger = grants.expert("褚教授", "济宁学院");
        mvc.perform(json(post("/api/funding/reviews/conflicts").with(reviewer(stranger)),
                        "{\"applicationId\":\"%s\",\"reason\":\"x\"}".formatted(id)))
                .andExpect(status().isNotFound());
    }

    @Test
    void reviewersSeeOthersScoresOnlyOnceTheStageIsClosed() throws Exception {
        UUID id = grants.inReview(society, call, scope, new BigDecimal("9000.00"));
        UUID first = grants.expert("蒋教授", "济宁学院");
        UUID second = grants.expert("沈教授", "曲阜师范大学");
        assign(id, first, second).andExpect(status().isOk());
        scoreAs(id, first, 90).andExpect(status().isOk())
                .andExpect(jsonPath("$.mine.total").value("90.00"))
                .andExpect(jsonPath("$.reviews.length()").value(0));
        mvc.perform(json(put("/api/funding/applications/" + id + "/reviews/mine").with(reviewer(second)),
                        "{\"scores\":{\"significance\":80,\"feasibility\":101,\"novelty\":5}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("scores.feasibility", "scores.budget",
                        "scores.novelty")));
        mvc.perform(json(put("/api/funding/applications/" + id + "/reviews/mine").with(reviewer(second)),
                        "{\"scores\":{\"significance\":80,\"feasibility\":60,\"budget\":50},\"comments\":\"预算偏高\"}"))
                .andExpect(status().isOk())
                // weighted 40/30/30: (80*40 + 60*30 + 50*30) / 100
                .andExpect(jsonPath("$.mine.total").value("65.00"));
        mvc.perform(get("/api/funding/applications/" + id + "/reviews").with(reviewer(second)))
                .andExpect(jsonPath("$.stageClosed").value(false))
                .andExpect(jsonPath("$.reviews.length()").value(0));
        mvc.perform(get("/api/funding/applications/" + id + "/reviews").with(admin()))
                .andExpect(jsonPath("$.reviews.length()").value(2));

        mvc.perform(post("/api/funding/applications/" + id + "/review-closing").with(admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reviewScore").value("77.50"));
        mvc.perform(get("/api/funding/applications/" + id + "/reviews").with(reviewer(second)))
                .andExpect(jsonPath("$.stageClosed").value(true))
                .andExpect(jsonPath("$.reviews.length()").value(2))
                .andExpect(jsonPath("$.reviews[0].total").value("90.00"));
        scoreAs(id, second, 10).andExpect(status().isConflict());
    }

    @Test
    void theStageClosesOnlyWithAScoreAndOnlyInReview() throws Exception {
        UUID id = grants.inReview(society, call, scope, new BigDecimal("9000.00"));
        mvc.perform(post("/api/funding/applications/" + id + "/review-closing").with(admin()))
                .andExpect(status().isConflict());
        UUID submitted = grants.submitted(society, call, scope, new BigDecimal("9000.00"));
        assign(submitted, grants.expert("韩教授", "济宁学院")).andExpect(status().isConflict());
        assign(id, UUID.randomUUID()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("not known")));
    }

    private ResultActions assign(UUID application, UUID... experts) throws Exception {
        StringBuilder ids = new StringBuilder();
        for (UUID expert : experts) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(expert).append('"');
        }
        return mvc.perform(json(post("/api/funding/applications/" + application + "/reviewers").with(admin()),
                "{\"expertIds\":[" + ids + "]}"));
    }

    private ResultActions scoreAs(UUID application, UUID expert, int score) throws Exception {
        return mvc.perform(json(put("/api/funding/applications/" + application + "/reviews/mine").with(reviewer(expert)),
                "{\"scores\":{\"significance\":%d,\"feasibility\":%d,\"budget\":%d}}".formatted(score, score, score)));
    }
}
