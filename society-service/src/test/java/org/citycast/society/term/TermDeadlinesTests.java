package org.citycast.society.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.society.ServiceTest;
import org.citycast.society.platform.AssociationTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import tools.jackson.databind.JsonNode;

/** A term's plan and election deadlines on {@code society.events}, as the reminders hear of them. */
class TermDeadlinesTests extends ServiceTest {

    static final ZoneId JINING = ZoneId.of("Asia/Shanghai");

    Consumer<String, String> topic;
    final List<JsonNode> received = new ArrayList<>();

    @BeforeEach
    void listen() {
        topic = broker.consumerOf("society.events");
    }

    @AfterEach
    void close() {
        topic.close();
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
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            for (Iterator<JsonNode> it = received.iterator(); it.hasNext(); ) {
                JsonNode event = it.next();
                if (deadline.equals(event.get("subject").asString()) && type.equals(event.get("type").asString())) {
                    it.remove();
                    return event.get("data");
                }
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("no " + type + " for " + deadline + " within 15 s");
            }
            for (ConsumerRecord<String, String> record : KafkaTestUtils.getRecords(topic, Duration.ofMillis(500))) {
                received.add(json.readTree(record.value()));
            }
        }
    }

    private UUID society() throws Exception {
        String body = mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"换届期限学会%s","disciplineCategory":"MEDICINE","hostUnit":"市卫生健康委员会"}"""
                        .formatted(UUID.randomUUID())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }
}
