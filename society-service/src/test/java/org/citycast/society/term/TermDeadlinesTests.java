package org.citycast.society.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.citycast.society.ServiceTest;
import org.citycast.society.platform.AssociationTime;
import org.citycast.society.platform.TopicEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A term's plan and election deadlines on {@code society.events}, as the reminders hear of them. */
class TermDeadlinesTests extends ServiceTest {

    static final ZoneId JINING = ZoneId.of("Asia/Shanghai");

    TopicEvents events;

    @BeforeEach
    void listen() {
        events = new TopicEvents(broker, "society.events", json);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aTermAnnouncesItsPlanAndElectionWhichThePlanThePostponementAndTheResultMeetOrMove() throws Exception {
        LocalDate today = AssociationTime.today(clock);
        UUID society = society();
        LocalDate started = today.minusYears(5).plusMonths(3);
        LocalDate end = started.plusYears(5).minusDays(1);
        mvc.perform(json(post("/api/societies/" + society + "/terms").with(admin()), """
                {"startedOn":"%s"}""".formatted(started))).andExpect(status().isCreated());
        String plan = "term-plan:" + society + ":1";
        String election = "term-election:" + society + ":1";
        JsonNode planDue = next(plan, "DeadlineScheduled.v1");
        assertThat(planDue.get("kind").asString()).isEqualTo("TERM_PLAN");
        assertThat(planDue.get("dueAt").asString()).isEqualTo(endOf(end.minusMonths(6)));
        assertThat(planDue.get("title").asString()).contains("第1届换届方案");
        assertThat(planDue.get("audience").get("societyId").asString()).isEqualTo(society.toString());
        assertThat(next(election, "DeadlineScheduled.v1").get("dueAt").asString()).isEqualTo(endOf(end));

        mvc.perform(json(post("/api/societies/" + society + "/terms/current/plan").with(secretaryOf(society)), """
                {"plannedElectionOn":"%s","notes":"会员代表大会选举"}""".formatted(end.minusDays(10))))
                .andExpect(status().isOk());
        assertThat(next(plan, "DeadlineMet.v1").get("kind").asString()).isEqualTo("TERM_PLAN");

        mvc.perform(json(post("/api/societies/" + society + "/terms/current/postponement").with(secretaryOf(society)),
                "{\"until\":\"%s\",\"reason\":\"换届筹备未完成\"}".formatted(end.plusMonths(4)))).andExpect(status().isOk());
        mvc.perform(json(post("/api/societies/" + society + "/terms/current/postponement/approval").with(admin()),
                "{\"approved\":true,\"comment\":\"同意\"}")).andExpect(status().isOk());
        assertThat(next(election, "DeadlineScheduled.v1").get("dueAt").asString()).isEqualTo(endOf(end.plusMonths(4)));

        mvc.perform(json(post("/api/societies/" + society + "/terms/current/result").with(secretaryOf(society)), """
                {"electedOn":"%s","leaders":[{"position":"理事长","name":"陈静"}]}""".formatted(today)))
                .andExpect(status().isOk());
        assertThat(next(election, "DeadlineMet.v1").get("kind").asString()).isEqualTo("TERM_ELECTION");
        assertThat(next("term-plan:" + society + ":2", "DeadlineScheduled.v1").get("dueAt").asString())
                .isEqualTo(endOf(today.plusYears(5).minusDays(1).minusMonths(6)));
        next("term-election:" + society + ":2", "DeadlineScheduled.v1");
    }

    @Test
    void anElectionWithoutAPlanLeavesThePlanMoot() throws Exception {
        LocalDate today = AssociationTime.today(clock);
        UUID society = society();
        mvc.perform(json(post("/api/societies/" + society + "/terms").with(admin()), """
                {"startedOn":"%s"}""".formatted(today.minusYears(5)))).andExpect(status().isCreated());
        mvc.perform(json(post("/api/societies/" + society + "/terms/current/result").with(admin()), """
                {"electedOn":"%s","leaders":[{"position":"理事长","name":"王芳"}]}""".formatted(today)))
                .andExpect(status().isOk());
        assertThat(next("term-plan:" + society + ":1", "DeadlineCancelled.v1").get("reason").asString())
                .isEqualTo("已完成换届选举");
    }

    private static String endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(JINING).toInstant().toString();
    }

    private JsonNode next(String deadline, String type) {
        return events.next(deadline, type).get("data");
    }

    private UUID society() throws Exception {
        String body = mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"换届期限学会%s","disciplineCategory":"MEDICINE","hostUnit":"市卫生健康委员会"}"""
                        .formatted(UUID.randomUUID())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }
}
