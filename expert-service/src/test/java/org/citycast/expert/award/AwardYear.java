package org.citycast.expert.award;

import static org.citycast.expert.platform.TestTokens.admin;
import static org.citycast.expert.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** Drives an award year through the API, for the tests that need one at a given stage. */
public final class AwardYear {

    private final MockMvc mvc;
    private final JsonMapper json;

    public AwardYear(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** An academic innovation programme with a first class of {@code firstQuota} and a second class of one place. */
    public UUID programme(String name, int firstQuota, String noticePeriod) throws Exception {
        String body = mvc.perform(post("/api/awards/programmes").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"year":2026,"kind":"ACADEMIC_INNOVATION","name":"%s",
                                 "classes":[{"code":"FIRST","name":"一等奖","quota":%d},{"code":"SECOND","name":"二等奖","quota":1}],
                                 "rubric":[{"code":"innovation","name":"创新性","maxScore":40},
                                           {"code":"impact","name":"影响力","maxScore":30},
                                           {"code":"rigour","name":"科学性","maxScore":30}],
                                 "reviewersPerNomination":2,"noticePeriod":"%s",
                                 "schedule":[{"stage":"INITIAL_CHECK","owner":"学会部","deadline":"2026-05-31"},
                                             {"stage":"EXPERT_REVIEW","owner":"专家委员会","deadline":"2026-08-31"}]}"""
                                .formatted(name + UUID.randomUUID().toString().substring(0, 6), firstQuota,
                                        noticePeriod)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    public UUID nominate(UUID programme, UUID society, String candidate, String employer, String category)
            throws Exception {
        String body = mvc.perform(post("/api/awards/programmes/" + programme + "/nominations")
                        .with(secretaryOf(society)).contentType(MediaType.APPLICATION_JSON).content("""
                                {"candidateName":"%s","candidateEmployer":"%s","candidateTitle":"教授",
                                 "workTitle":"%s的研究成果","category":"%s","summary":"成果简介"}"""
                                .formatted(candidate, employer, candidate, category)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    public void advance(UUID programme, String stage) throws Exception {
        mvc.perform(post("/api/awards/programmes/" + programme + "/stage").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"" + stage + "\"}"))
                .andExpect(status().isOk());
    }

    public void pass(UUID nomination, String stage, String awardClass) throws Exception {
        mvc.perform(post("/api/awards/nominations/" + nomination + "/outcomes").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content(awardClass == null
                                ? "{\"stage\":\"" + stage + "\",\"passed\":true}"
                                : "{\"stage\":\"" + stage + "\",\"passed\":true,\"awardClass\":\"" + awardClass + "\"}"))
                .andExpect(status().isOk());
    }

    /** Passes every listed nomination at each stage from INITIAL_CHECK through COMPILATION and opens expert review. */
    public void toExpertReview(UUID programme, List<UUID> nominations) throws Exception {
        toExpertReview(programme, nominations, List.of());
    }

    /** The same, with {@code failing} ones not passing the initial check. */
    public void toExpertReview(UUID programme, List<UUID> nominations, List<UUID> failing) throws Exception {
        advance(programme, "INITIAL_CHECK");
        for (UUID nomination : failing) {
            mvc.perform(post("/api/awards/nominations/" + nomination + "/outcomes").with(admin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"stage\":\"INITIAL_CHECK\",\"passed\":false,\"comment\":\"不符合条件\"}"))
                    .andExpect(status().isOk());
        }
        for (String stage : List.of("INITIAL_CHECK", "RECHECK", "COMPILATION")) {
            for (UUID nomination : nominations) {
                pass(nomination, stage, null);
            }
            advance(programme, switch (stage) {
                case "INITIAL_CHECK" -> "RECHECK";
                case "RECHECK" -> "COMPILATION";
                default -> "EXPERT_REVIEW";
            });
        }
    }
}
