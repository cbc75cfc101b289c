package org.citycast.society.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.citycast.society.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

class TermTests extends ServiceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    TermService terms;

    @Test
    void aReElectionClosesTheTermStartsTheNextAndSeatsTheNewLeaders() throws Exception {
        UUID society = society();
        LocalDate started = TODAY.minusYears(5).minusDays(10);
        mvc.perform(json(post("/api/societies/" + society + "/terms").with(secretaryOf(society)), """
                        {"startedOn":"%s"}""".formatted(started)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.endsOn").value(started.plusYears(5).minusDays(1).toString()))
                .andExpect(jsonPath("$.planDueOn").value(started.plusYears(5).minusDays(1).minusMonths(6).toString()));
        mvc.perform(json(post("/api/societies/" + society + "/terms").with(admin()), """
                        {"startedOn":"%s"}""".formatted(started))).andExpect(status().isConflict());

        assertThat(overdueSocieties()).contains(society.toString());

        mvc.perform(json(post("/api/societies/" + society + "/terms/current/result").with(secretaryOf(society)), """
                        {"electedOn":"%s","leaders":[{"position":"理事长","name":"陈静","workplace":"济宁医学院"},
                         {"position":"秘书长","name":"刘洋"}]}""".formatted(TODAY.minusDays(2))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(2))
                .andExpect(jsonPath("$.startedOn").value(TODAY.minusDays(2).toString()));

        mvc.perform(get("/api/societies/" + society + "/terms").with(secretaryOf(society)))
                .andExpect(jsonPath("$[0].status").value("CURRENT"))
                .andExpect(jsonPath("$[1].status").value("RENEWED"))
                .andExpect(jsonPath("$[1].renewedOn").value(TODAY.minusDays(2).toString()));
        mvc.perform(get("/api/societies/" + society).with(admin()))
                .andExpect(jsonPath("$.leaders[0].name").value("陈静"));
        assertThat(overdueSocieties()).doesNotContain(society.toString());
        assertThat(terms.renewalsIn(TODAY.minusDays(2).getYear())).isPositive();
    }

    @Test
    void aPostponementOfAtMostAYearNeedsAdminApprovalAndMovesTheEnd() throws Exception {
        UUID society = society();
        LocalDate started = TODAY.minusYears(5).minusDays(30);
        LocalDate end = started.plusYears(5).minusDays(1);
        mvc.perform(json(post("/api/societies/" + society + "/terms").with(admin()), """
                        {"startedOn":"%s"}""".formatted(started))).andExpect(status().isCreated());

        mvc.perform(json(post("/api/societies/" + society + "/terms/current/postponement").with(secretaryOf(society)),
                        """
                        {"until":"%s","reason":"换届筹备未完成"}""".formatted(end.plusYears(1).plusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("until"));
        mvc.perform(json(post("/api/societies/" + society + "/terms/current/postponement").with(secretaryOf(society)),
                        """
                        {"until":"%s","reason":"换届筹备未完成"}""".formatted(end.plusMonths(6))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.postponementStatus").value("REQUESTED"));
        assertThat(overdueSocieties()).contains(society.toString());

        mvc.perform(json(post("/api/societies/" + society + "/terms/current/postponement/approval")
                        .with(secretaryOf(society)), """
                        {"approved":true}""")).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/societies/" + society + "/terms/current/postponement/approval").with(admin()), """
                        {"approved":true,"comment":"同意延期"}"""))
                .andExpect(jsonPath("$.postponementStatus").value("APPROVED"))
                .andExpect(jsonPath("$.effectiveEnd").value(end.plusMonths(6).toString()));
        assertThat(overdueSocieties()).doesNotContain(society.toString());
    }

    @Test
    void termsAreOnlyForTheSocietysOwnSecretaryAndActiveSocieties() throws Exception {
        UUID society = society();
        mvc.perform(json(post("/api/societies/" + society + "/terms").with(secretaryOf(UUID.randomUUID())), """
                        {"startedOn":"2024-01-01"}""")).andExpect(status().isForbidden());
        mvc.perform(get("/api/societies/" + society + "/terms").with(secretaryOf(UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/societies/" + society + "/terms/current/plan").with(admin()), """
                        {"plannedElectionOn":"2029-01-01"}""")).andExpect(status().isConflict());
        mvc.perform(json(post("/api/societies/" + society + "/terms").with(admin()), """
                        {"startedOn":"%s"}""".formatted(TODAY.plusDays(3))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startedOn"));
        mvc.perform(get("/api/societies/terms/overdue").with(secretaryOf(society))).andExpect(status().isForbidden());
    }

    @Test
    void termsEndingSoonWithoutAPlanAreListedUntilThePlanArrives() throws Exception {
        UUID society = society();
        LocalDate started = TODAY.minusYears(5).plusMonths(3);
        mvc.perform(json(post("/api/societies/" + society + "/terms").with(admin()), """
                        {"startedOn":"%s"}""".formatted(started))).andExpect(status().isCreated());
        assertThat(dueSocieties()).contains(society.toString());
        mvc.perform(json(post("/api/societies/" + society + "/terms/current/plan").with(secretaryOf(society)), """
                        {"plannedElectionOn":"%s","notes":"拟于会员代表大会选举"}""".formatted(TODAY.plusMonths(2))))
                .andExpect(jsonPath("$.planSubmittedOn").value(TODAY.toString()));
        assertThat(dueSocieties()).doesNotContain(society.toString());
    }

    private String overdueSocieties() throws Exception {
        return mvc.perform(get("/api/societies/terms/overdue").param("size", "500").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String dueSocieties() throws Exception {
        return mvc.perform(get("/api/societies/terms/due").param("size", "500").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private UUID society() throws Exception {
        String body = mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"换届测试学会%s","disciplineCategory":"MEDICINE","hostUnit":"市卫生健康委员会"}"""
                        .formatted(UUID.randomUUID())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode created = json.readTree(body);
        return UUID.fromString(created.get("id").asString());
    }
}
