package org.citycast.expert;

import static org.citycast.expert.platform.TestTokens.admin;
import static org.citycast.expert.platform.TestTokens.reviewer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds the data the feature tests start from, through the API wherever the API can. */
public final class Fixtures {

    /** Valid resident ID numbers (GB 11643 check character), different for every call. */
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 900);

    private final MockMvc mvc;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    public Fixtures(MockMvc mvc, JsonMapper json, JdbcClient jdbc) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
    }

    /** A society in good standing, as if society-service had told us of it. */
    public UUID society(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO society (id, name, short_name, discipline_category, status, as_of, version)
                        VALUES (?, ?, NULL, 'MEDICINE', 'ACTIVE', ?, 0)""")
                .params(id, name + id.toString().substring(0, 6), java.sql.Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    public static String idNumber() {
        long serial = SERIAL.incrementAndGet() % 1000;
        String body = "37080219800101" + String.format("%03d", serial);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    public static String profile(String name, String employer, String titleLevel, String category, String phone,
            String idNumber, UUID... societies) {
        return """
                {"name":"%s","gender":"FEMALE","birthYear":1972,"employer":"%s","title":"主任医师","titleLevel":"%s",
                 "category":"%s","societies":[%s],"expertise":["心血管","介入治疗"],"phone":"%s","idNumber":"%s",
                 "email":"expert@example.cn"}""".formatted(name, employer, titleLevel, category,
                String.join(",", java.util.Arrays.stream(societies).map(s -> "\"" + s + "\"").toList()), phone,
                idNumber);
    }

    /** An expert admitted to a pool through nomination, a committee vote and ADMIN's decision. */
    public UUID admittedExpert(String name, String employer, String category, UUID society, String pool) throws Exception {
        return admittedExpert(name, employer, category, society, pool, idNumber());
    }

    public UUID admittedExpert(String name, String employer, String category, UUID society, String pool,
            String idNumber) throws Exception {
        JsonNode nomination = body(mvc.perform(post("/api/experts/nominations").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"pool":"%s","societyId":"%s","expert":%s}""".formatted(pool, society,
                        profile(name, employer, "FULL_SENIOR", category, "13905371234", idNumber, society))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        UUID nominationId = UUID.fromString(nomination.get("id").asString());
        mvc.perform(post("/api/experts/nominations/" + nominationId + "/votes").with(reviewer(committeeVoter()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/experts/nominations/" + nominationId + "/decision").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"admit\":true}"))
                .andExpect(status().isOk());
        return UUID.fromString(nomination.get("expert").get("id").asString());
    }

    /** A member of the expert committee in the science-tech pool. */
    public UUID committeeMember(String name, String employer, String category, UUID... societies) throws Exception {
        UUID society = societies.length > 0 ? societies[0] : society("评审专家所在学会");
        UUID expert = admittedExpert(name, employer, category, society, "SCI_TECH");
        if (societies.length > 1) {
            jdbc.sql("INSERT INTO expert_society (expert_id, society_id) VALUES (?, ?)").params(expert, societies[1])
                    .update();
        }
        mvc.perform(put("/api/experts/" + expert + "/committee").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"committeeMember\":true}"))
                .andExpect(status().isOk());
        return expert;
    }

    /** Someone on file who votes in the committee: votes need an expert record behind the token. */
    private UUID committeeVoter() {
        UUID voter = UUID.fromString("99999999-9999-4999-8999-999999999999");
        if (jdbc.sql("SELECT count(*) FROM expert WHERE id = ?").param(voter).query(Long.class).single() == 0) {
            jdbc.sql("""
                            INSERT INTO expert (id, name, employer, title, title_level, category, search_text,
                                committee_member, created_at, updated_at, version)
                            VALUES (?, '投票委员', '济宁市科协', '研究员', 'FULL_SENIOR', 'SCIENCE', '投票委员', TRUE, now(), now(), 0)""")
                    .param(voter).update();
        }
        return voter;
    }

    public JsonNode body(String content) {
        return json.readTree(content);
    }

    public static List<String> fieldNames(JsonNode node) {
        return List.copyOf(node.propertyNames());
    }
}
