package org.citycast.funding.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.funding.platform.TestTokens.admin;
import static org.citycast.funding.platform.TestTokens.reviewer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.citycast.funding.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reviewers' read model, fed with expert-service's published sample of {@code ExpertAdmitted}
 * when there is one, else with the sample of what funding needs (see {@code funding.events.md}).
 */
class ExpertReadModelTests extends ServiceTest {

    static final Path PRODUCER_SAMPLE = Path.of("../expert-service/src/main/resources/events/ExpertAdmitted.v1.json");

    @Autowired
    ExpertRoster roster;

    @Test
    void anAdmittedExpertIsKnownWithTheirSocietiesAndEmployer() throws Exception {
        UUID expert = UUID.randomUUID();
        UUID society = UUID.randomUUID();
        send(event("ExpertAdmitted.v1", UUID.randomUUID(), expert, "刘敏", "济宁医学院", society,
                Instant.parse("2026-03-05T02:00:00Z")));

        ExpertProfile profile = await(expert);
        assertThat(profile.name()).isEqualTo("刘敏");
        assertThat(profile.employer()).isEqualTo("济宁医学院");
        assertThat(profile.societyIds()).containsExactly(society);
        assertThat(profile.inPool()).isTrue();
        mvc.perform(get("/api/funding/reviewers/" + expert).with(admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.societyIds[0]").value(society.toString()));
        mvc.perform(get("/api/funding/reviewers/" + expert).with(reviewer(expert))).andExpect(status().isForbidden());
    }

    @Test
    void aChangeReplacesTheSocietiesARepeatIsIgnoredAndLeavingKeepsThemForRecusal() throws Exception {
        UUID expert = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Instant time = Instant.parse("2026-03-05T02:00:00Z");
        UUID admitted = UUID.randomUUID();
        send(event("ExpertAdmitted.v1", admitted, expert, "周强", "济宁学院", first, time));
        await(expert);
        send(event("ExpertProfileChanged.v1", UUID.randomUUID(), expert, "周强", "曲阜师范大学", second,
                time.plusSeconds(60)));
        awaitUntil(expert, profile -> profile.societyIds().equals(Set.of(second)));

        send(event("ExpertAdmitted.v1", admitted, expert, "周强", "济宁学院", first, time));
        send(event("ExpertLeftPool.v1", UUID.randomUUID(), expert, "周强", "曲阜师范大学", second,
                time.plusSeconds(120)));
        ExpertProfile left = awaitUntil(expert, profile -> !profile.inPool());
        assertThat(left.societyIds()).containsExactly(second);
        assertThat(left.employer()).isEqualTo("曲阜师范大学");
    }

    @Test
    void anAwardEventWithoutAnExpertIsSkipped() throws Exception {
        ObjectNode award = event("AwardResultsAnnounced.v1", UUID.randomUUID(), UUID.randomUUID(), "x", null,
                UUID.randomUUID(), Instant.now());
        award.set("data", json.createObjectNode().put("eventId", award.get("id").asString()).put("awardId", "a1"));
        send(award);
        UUID marker = UUID.randomUUID();
        send(event("ExpertAdmitted.v1", UUID.randomUUID(), marker, "标记", null, UUID.randomUUID(), Instant.now()));
        assertThat(await(marker).name()).isEqualTo("标记");
    }

    private ObjectNode event(String type, UUID eventId, UUID expert, String name, String employer, UUID society,
            Instant time) throws Exception {
        String sample = Files.exists(PRODUCER_SAMPLE) ? Files.readString(PRODUCER_SAMPLE)
                : new ClassPathResource("expert-events/ExpertAdmitted.v1.json").getContentAsString(
                        StandardCharsets.UTF_8);
        ObjectNode event = (ObjectNode) json.readTree(sample);
        event.put("type", type).put("id", eventId.toString()).put("time", time.toString())
                .put("subject", expert.toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("eventId", eventId.toString()).put("occurredAt", time.toString());
        ObjectNode block = (ObjectNode) data.get("expert");
        block.put("id", expert.toString()).put("name", name).put("employer", employer);
        ArrayNode societies = json.createArrayNode();
        societies.add(society.toString());
        block.set("societies", societies);
        ArrayNode pools = json.createArrayNode();
        if (!type.equals("ExpertLeftPool.v1")) {
            pools.add("SCI_TECH");
        }
        block.set("pools", pools);
        return event;
    }

    private void send(ObjectNode event) throws Exception {
        broker.send("expert.events", event.get("subject").asString(), json.writeValueAsBytes(event));
    }

    private ExpertProfile await(UUID expert) {
        return awaitUntil(expert, profile -> true);
    }

    private ExpertProfile awaitUntil(UUID expert, Predicate<ExpertProfile> condition) {
        return Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> roster.find(expert), found -> found.filter(condition).isPresent())
                .orElseThrow();
    }
}
