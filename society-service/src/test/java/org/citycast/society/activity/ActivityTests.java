package org.citycast.society.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.citycast.society.ServiceTest;
import org.citycast.society.platform.AssociationTime;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The health tier follows what event-service reports, fed with event-service's published samples
 * of {@code event.events}; ADMIN's rating by hand stands until the activity says something new.
 */
class ActivityTests extends ServiceTest {

    static final Path SAMPLES = Path.of("../event-service/src/main/resources/events");

    @Test
    void theTierFollowsTheEventsHeldInTheLastTwelveMonths() throws Exception {
        UUID society = registered();
        assertThat(tier(society)).isEqualTo("SOUND_ACTIVE");

        send(planned(society));
        awaitTier(society, "INCOMPLETE");

        // recorded as held before its planned end: it counts from then
        send(held(society, UUID.randomUUID(), Instant.now().plus(Duration.ofHours(2)), null));
        awaitTier(society, "SOUND_WEAK");

        UUID partner = registered();
        send(held(UUID.randomUUID(), UUID.randomUUID(), Instant.now().minus(Duration.ofDays(20)), society));
        ObjectNode third = held(society, UUID.randomUUID(), Instant.now().minus(Duration.ofDays(10)), partner);
        send(third);
        awaitTier(society, "SOUND_ACTIVE");
        awaitTier(partner, "SOUND_WEAK");

        // a repeat is applied once: the co-organiser still has one held event
        send(third);
        send(planned(registered()));
        assertThat(tier(partner)).isEqualTo("SOUND_WEAK");
        assertThat(jdbc.sql("select held from health_assessment where society_id = ?").param(partner)
                .query(Integer.class).single()).isEqualTo(1);

        mvc.perform(get("/api/societies/" + society + "/activity").with(secretaryOf(society)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessment.held").value(3))
                .andExpect(jsonPath("$.assessment.computedTier").value("SOUND_ACTIVE"))
                .andExpect(jsonPath("$.held.length()").value(3))
                .andExpect(jsonPath("$.rule").value(org.hamcrest.Matchers.containsString("SOUND_ACTIVE")));

        // a year on, nothing held since: the events age out and the society is dormant
        clock.setToday(AssociationTime.today(clock).plusMonths(13));
        mvc.perform(post("/api/societies/activity/assessments").with(admin())).andExpect(status().isOk());
        assertThat(tier(society)).isEqualTo("DORMANT");
        assertThat(auditActions(society)).contains("HEALTH_COMPUTED");
    }

    @Test
    void adminsRatingByHandStandsUntilTheActivitySaysSomethingNew() throws Exception {
        UUID society = registered();
        send(held(society, UUID.randomUUID(), Instant.now().minus(Duration.ofDays(40)), null));
        awaitTier(society, "SOUND_WEAK");

        mvc.perform(json(put("/api/societies/" + society + "/health-tier").with(admin()), """
                        {"healthTier":"SOUND_ACTIVE","reason":"承办全国性学术会议，活动能力强"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.healthTier").value("SOUND_ACTIVE"));
        mvc.perform(get("/api/societies/" + society + "/activity").with(admin()))
                .andExpect(jsonPath("$.override.reason").value("承办全国性学术会议，活动能力强"))
                .andExpect(jsonPath("$.override.computedTierThen").value("SOUND_WEAK"));

        // news that does not change the computed tier leaves the rating by hand alone
        send(planned(society));
        mvc.perform(post("/api/societies/activity/assessments").with(admin())).andExpect(status().isOk());
        assertThat(tier(society)).isEqualTo("SOUND_ACTIVE");

        // two more events held: the rule now says SOUND_ACTIVE itself, and the override has served its time
        send(held(society, UUID.randomUUID(), Instant.now().minus(Duration.ofDays(5)), null));
        send(held(society, UUID.randomUUID(), Instant.now().minus(Duration.ofDays(4)), null));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from health_override where society_id = ?").param(society).query(Long.class)
                .single() == 0);
        assertThat(tier(society)).isEqualTo("SOUND_ACTIVE");
    }

    @Test
    void aSocietyEventServiceNeverReportedOnKeepsItsTier() throws Exception {
        UUID society = registered();
        mvc.perform(json(put("/api/societies/" + society + "/health-tier").with(admin()), """
                {"healthTier":"INCOMPLETE"}""")).andExpect(status().isOk());
        mvc.perform(post("/api/societies/activity/assessments").with(admin())).andExpect(status().isOk());
        assertThat(tier(society)).isEqualTo("INCOMPLETE");
    }

    @Test
    void anotherSocietysActivityIsNotFoundAndAssessingIsForAdmin() throws Exception {
        UUID society = registered();
        mvc.perform(get("/api/societies/" + society + "/activity").with(secretaryOf(UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/societies/" + society + "/activity")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/societies/activity/assessments").with(secretaryOf(society)))
                .andExpect(status().isForbidden());
    }

    private UUID registered() throws Exception {
        String body = mvc.perform(json(post("/api/societies").with(admin()), """
                        {"name":"活动测试学会%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会","reason":"录入现有学会名录"}"""
                        .formatted(UUID.randomUUID())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private ObjectNode planned(UUID society) throws Exception {
        ObjectNode event = sample("EventPlanned.v1", UUID.randomUUID(), Instant.now().minusSeconds(5));
        ((ObjectNode) event.get("data").get("plannedEvent")).put("id", event.get("subject").asString())
                .put("societyId", society.toString());
        return event;
    }

    private ObjectNode held(UUID organiser, UUID eventId, Instant endedAt, UUID coOrganiser) throws Exception {
        ObjectNode event = sample("EventHeld.v1", eventId, Instant.now().minusSeconds(5));
        ObjectNode block = (ObjectNode) event.get("data").get("event");
        block.put("id", eventId.toString()).put("organiserId", organiser.toString())
                .put("startsAt", endedAt.minus(Duration.ofHours(3)).toString()).put("endsAt", endedAt.toString());
        var co = block.putArray("coOrganiserIds");
        if (coOrganiser != null) {
            co.add(coOrganiser.toString());
        }
        return event;
    }

    private ObjectNode sample(String type, UUID subject, Instant time) throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(Files.readString(SAMPLES.resolve(type + ".json")));
        UUID id = UUID.randomUUID();
        event.put("id", id.toString()).put("time", time.toString()).put("subject", subject.toString());
        ((ObjectNode) event.get("data")).put("eventId", id.toString()).put("occurredAt", time.toString());
        return event;
    }

    private void send(JsonNode event) throws Exception {
        broker.send("event.events", event.get("subject").asString(), json.writeValueAsBytes(event));
    }

    private void awaitTier(UUID society, String tier) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(tier(society)).isEqualTo(tier));
    }

    private String tier(UUID society) {
        return jdbc.sql("select health_tier from society where id = ?").param(society).query(String.class).single();
    }

    private java.util.List<String> auditActions(UUID society) {
        return jdbc.sql("select action from audit_entry where society_id = ?").param(society).query(String.class).list();
    }
}
