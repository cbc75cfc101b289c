package org.citycast.society.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.society.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import tools.jackson.databind.JsonNode;

class RegistrationTests extends ServiceTest {

    Consumer<String, String> topic;

    @BeforeEach
    void listen() {
        topic = broker.consumerOf("society.events");
    }

    @AfterEach
    void close() {
        topic.close();
    }

    @Test
    void adminRegistersASocietyAndTheRegisteredEventGoesOutAsACloudEvent() throws Exception {
        String name = "济宁市医学会" + UUID.randomUUID().toString().substring(0, 6);
        String body = mvc.perform(post("/api/societies").with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason":"录入现有学会名录","name":"%s","shortName":"%s","disciplineCategory":"MEDICINE",
                                 "hostUnit":"市卫生健康委员会","creditCode":"51370800MJ5260185M"}
                                """.formatted(name, name.substring(name.length() - 8))))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.disciplineCategoryLabel").value("医学"))
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(json.readTree(body).get("id").asString());

        assertThat(jdbc.sql("select name from society where id = ?").param(id).query(String.class).single())
                .isEqualTo(name);
        mvc.perform(get("/api/societies").param("q", "51370800mj5260185m").with(admin()))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id.toString()));

        JsonNode event = eventFor(id);
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("type").asString()).isEqualTo("SocietyRegistered.v1");
        assertThat(event.get("source").asString()).isEqualTo("society-service");
        assertThat(event.get("subject").asString()).isEqualTo(id.toString());
        assertThat(event.get("data").get("society").get("name").asString()).isEqualTo(name);
        assertThat(event.get("data").get("society").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(event.get("id").asString()).isEqualTo(event.get("data").get("eventId").asString());

        JsonNode sample = json.readTree(new ClassPathResource("events/SocietyRegistered.v1.json").getInputStream());
        assertThat(fieldNames(event)).containsAll(fieldNames(sample));
        assertThat(fieldNames(event.get("data").get("society"))).containsAll(fieldNames(sample.get("data").get("society")));
    }

    private static List<String> fieldNames(JsonNode node) {
        return List.copyOf(node.propertyNames());
    }

    @Test
    void aRefusedRegistrationLeavesNoRowAndSendsNoEvent() throws Exception {
        String name = "济宁市重名学会" + UUID.randomUUID().toString().substring(0, 6);
        UUID first = registered(name);
        eventFor(first);
        // the first registration's outbox row is deleted just after its send: wait for that, so a row
        // left afterwards can only be the refused registration's
        await().atMost(Duration.ofSeconds(10)).until(() -> publicationsNaming(name) == 0);

        mvc.perform(post("/api/societies").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason":"录入现有学会名录","name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会"}""".formatted(name)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));

        assertThat(jdbc.sql("select count(*) from society where name = ?").param(name).query(Long.class).single())
                .isEqualTo(1);
        assertThat(publicationsNaming(name)).isZero();
        for (ConsumerRecord<String, String> record : KafkaTestUtils.getRecords(topic, Duration.ofSeconds(2))) {
            assertThat(record.value()).doesNotContain(name);
        }
    }

    private long publicationsNaming(String name) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + name + "%").query(Long.class).single();
    }

    @Test
    void onlyAdminMayRegister() throws Exception {
        mvc.perform(post("/api/societies").with(secretaryOf(UUID.randomUUID()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason":"录入现有学会名录","name":"某学会","disciplineCategory":"MEDICINE","hostUnit":"市科学技术协会"}"""))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void noTokenIsUnauthorizedAsProblem() throws Exception {
        mvc.perform(get("/api/societies"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void malformedJsonIsABadRequestProblem() throws Exception {
        mvc.perform(post("/api/societies").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Malformed request body"));
    }

    @Test
    void invalidFieldsAreNamed() throws Exception {
        mvc.perform(post("/api/societies").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason":"录入现有学会名录","name":"","disciplineCategory":"ASTROLOGY","hostUnit":"市科学技术协会"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("disciplineCategory"));
        mvc.perform(post("/api/societies").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason":"录入现有学会名录","name":"","disciplineCategory":"MEDICINE","hostUnit":"市科学技术协会","creditCode":"123"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "creditCode")));
    }

    @Test
    void aSecretarySeesAndChangesOnlyTheirOwnSociety() throws Exception {
        UUID own = registered("济宁市农学会" + UUID.randomUUID().toString().substring(0, 6));
        UUID other = registered("济宁市城建学会" + UUID.randomUUID().toString().substring(0, 6));
        String change = """
                {"address":"%s","website":"https://example.cn"}""";

        mvc.perform(get("/api/societies/" + own).with(secretaryOf(own))).andExpect(status().isOk());
        mvc.perform(get("/api/societies/" + other).with(secretaryOf(own))).andExpect(status().isNotFound());
        mvc.perform(put("/api/societies/" + other).with(secretaryOf(own))
                        .contentType(MediaType.APPLICATION_JSON).content(change.formatted("篡改的地址")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from society where id = ? and address is null").param(other)
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(put("/api/societies/" + own).with(secretaryOf(own))
                        .contentType(MediaType.APPLICATION_JSON).content(change.formatted("济宁市太白湖新区")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address").value("济宁市太白湖新区"));
    }

    private UUID registered(String name) throws Exception {
        String body = mvc.perform(post("/api/societies").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason":"录入现有学会名录","name":"%s","disciplineCategory":"URBAN_CONSTRUCTION","hostUnit":"市住房和城乡建设局"}"""
                                .formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private JsonNode eventFor(UUID society) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : KafkaTestUtils.getRecords(topic, Duration.ofMillis(500))) {
                if (society.toString().equals(record.key())) {
                    return json.readTree(record.value());
                }
                seen.add(record.key());
            }
        }
        throw new AssertionError("no event keyed " + society + " within 10 s; saw keys " + seen);
    }

}
