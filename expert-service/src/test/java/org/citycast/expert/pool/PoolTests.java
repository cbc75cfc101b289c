package org.citycast.expert.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.expert.platform.TestTokens.admin;
import static org.citycast.expert.platform.TestTokens.editor;
import static org.citycast.expert.platform.TestTokens.expert;
import static org.citycast.expert.platform.TestTokens.reviewer;
import static org.citycast.expert.platform.TestTokens.secretaryOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.citycast.expert.ExpertEvents;
import org.citycast.expert.Fixtures;
import org.citycast.expert.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

class PoolTests extends ServiceTest {

    Fixtures fixtures;
    ExpertEvents events;
    UUID society;
    UUID committee = UUID.randomUUID();

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new Fixtures(mvc, json, jdbc);
        events = new ExpertEvents(broker, json);
        society = fixtures.society("济宁市医学会");
        committee = fixtures.committeeMember("委员" + society.toString().substring(0, 4), "济宁医学院", "MEDICINE");
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aSecretaryNominatesTheCommitteeVotesAndAdminAdmitsWithAnEvent() throws Exception {
        String idNumber = Fixtures.idNumber();
        JsonNode nomination = fixtures.body(mvc.perform(json(post("/api/experts/nominations")
                        .with(secretaryOf(society)), """
                        {"pool":"SCI_TECH","expert":%s,"note":"学会推荐"}""".formatted(Fixtures.profile("王建华",
                        "济宁市第一人民医院", "FULL_SENIOR", "MEDICINE", "13805370001", idNumber))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.societyId").value(society.toString()))
                .andExpect(jsonPath("$.expert.status").value("CANDIDATE"))
                .andExpect(jsonPath("$.expert.phone").value("138****0001"))
                .andExpect(jsonPath("$.expert.idNumber").value(idNumber.substring(0, 6) + "********"
                        + idNumber.substring(14)))
                .andExpect(jsonPath("$.expert.personalDataMasked").value(true))
                .andReturn().getResponse().getContentAsString());
        UUID id = UUID.fromString(nomination.get("id").asString());
        UUID expertId = UUID.fromString(nomination.get("expert").get("id").asString());

        // stored encrypted: neither the phone nor the ID number is in the row as written
        String row = jdbc.sql("SELECT phone_cipher || ' ' || id_number_cipher FROM expert WHERE id = ?")
                .param(expertId).query(String.class).single();
        assertThat(row).doesNotContain("13805370001").doesNotContain(idNumber);

        mvc.perform(json(post("/api/experts/nominations/" + id + "/decision").with(admin()), "{\"admit\":true}"))
                .andExpect(status().isConflict());
        mvc.perform(json(post("/api/experts/nominations/" + id + "/votes").with(reviewer(committee)),
                        "{\"approve\":true,\"comment\":\"业务精湛\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approvals").value(1))
                .andExpect(jsonPath("$.votes[0].comment").value("业务精湛"));
        mvc.perform(get("/api/experts/nominations/" + id).with(secretaryOf(society)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approvals").value(1))
                .andExpect(jsonPath("$.votes").isEmpty());
        mvc.perform(json(post("/api/experts/nominations/" + id + "/decision").with(admin()), "{\"admit\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ADMITTED"))
                .andExpect(jsonPath("$.expert.status").value("ADMITTED"))
                .andExpect(jsonPath("$.expert.pools[0].pool").value("SCI_TECH"))
                .andExpect(jsonPath("$.expert.phone").value("13805370001"));
        mvc.perform(json(post("/api/experts/nominations/" + id + "/decision").with(admin()), "{\"admit\":true}"))
                .andExpect(status().isConflict());

        JsonNode event = events.await(expertId.toString(), "ExpertAdmitted.v1");
        events.matchesSample(event, "ExpertAdmitted.v1");
        assertThat(event.get("data").get("pool").asString()).isEqualTo("SCI_TECH");
        assertThat(event.get("data").get("expert").get("societies").get(0).asString()).isEqualTo(society.toString());
        assertThat(event.get("data").get("expert").get("employer").asString()).isEqualTo("济宁市第一人民医院");
        assertThat(event.toString()).doesNotContain("13805370001").doesNotContain(idNumber)
                .doesNotContain("expert@example.cn").doesNotContain("1972").doesNotContain("FEMALE");
    }

    @Test
    void admissionRulesRefuseWithTheReasonNamingTheField() throws Exception {
        mvc.perform(json(post("/api/experts/nominations").with(secretaryOf(society)), """
                        {"pool":"SCI_TECH","expert":%s}""".formatted(Fixtures.profile("李副高", "济宁学院",
                        "ASSOCIATE_SENIOR", "SCIENCE", "13805370002", Fixtures.idNumber()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expert.titleLevel"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "科技专家库 admits 正高级 titles or higher; 副高级 is below that"));
        // the popular-science pool admits associate-senior titles
        mvc.perform(json(post("/api/experts/nominations").with(secretaryOf(society)), """
                        {"pool":"POPULAR_SCIENCE","expert":%s}""".formatted(Fixtures.profile("李副高", "济宁学院",
                        "ASSOCIATE_SENIOR", "SCIENCE", "13805370002", Fixtures.idNumber()))))
                .andExpect(status().isCreated());
        mvc.perform(json(post("/api/experts/nominations").with(secretaryOf(society)), """
                        {"pool":"NO_SUCH_POOL","expert":%s}""".formatted(Fixtures.profile("张三", "济宁学院",
                        "FULL_SENIOR", "SCIENCE", "13805370002", Fixtures.idNumber()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pool"));
        mvc.perform(json(post("/api/experts/nominations").with(secretaryOf(society)), """
                        {"pool":"SCI_TECH","expert":%s}""".formatted(Fixtures.profile("张三", "济宁学院",
                        "FULL_SENIOR", "SCIENCE", "12345", "370802198001011230"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("expert.phone")));
        mvc.perform(json(post("/api/experts/nominations").with(secretaryOf(society)), """
                        {"pool":"SCI_TECH","expert":%s}""".formatted(Fixtures.profile("张三", "济宁学院",
                        "FULL_SENIOR", "SCIENCE", "13805370002", "370802198001011230"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expert.idNumber"));
    }

    @Test
    void aSecretaryNominatesOnlyForTheirOwnSocietyAndOnlyWhileItIsInGoodStanding() throws Exception {
        UUID other = fixtures.society("济宁市护理学会");
        String body = """
                {"pool":"SCI_TECH","societyId":"%s","expert":%s}""".formatted(other, Fixtures.profile("赵六",
                "济宁学院", "FULL_SENIOR", "SCIENCE", "13805370003", Fixtures.idNumber()));
        mvc.perform(json(post("/api/experts/nominations").with(secretaryOf(society)), body))
                .andExpect(status().isForbidden());
        jdbc.sql("UPDATE society SET status = 'DISQUALIFIED' WHERE id = ?").param(other).update();
        mvc.perform(json(post("/api/experts/nominations").with(secretaryOf(other)), body))
                .andExpect(status().isConflict());
    }

    @Test
    void personalDataIsInClearOnlyForAdminAndTheExpertThemself() throws Exception {
        String idNumber = Fixtures.idNumber();
        UUID id = fixtures.admittedExpert("钱七", "济宁市中医院", "MEDICINE", society, "SCI_TECH", idNumber);
        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        record Caller(String who, RequestPostProcessor token, boolean clear) {
        }
        for (Caller caller : new Caller[] {
                new Caller("admin", admin(), true),
                new Caller("the expert", expert(id), true),
                new Caller("another expert", expert(UUID.randomUUID()), false),
                new Caller("a reviewer", reviewer(committee), false),
                new Caller("the society's secretary", secretaryOf(society), false),
                new Caller("another secretary", secretaryOf(UUID.randomUUID()), false),
                new Caller("an editor", editor(), false)}) {
            mvc.perform(get("/api/experts/" + id).with(caller.token()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.phone").value(caller.clear() ? "13905371234" : "139****1234"))
                    .andExpect(jsonPath("$.idNumber").value(caller.clear() ? idNumber : masked))
                    .andExpect(jsonPath("$.email").value(caller.clear() ? "expert@example.cn" : "e*****@example.cn"))
                    .andExpect(jsonPath("$.personalDataMasked").value(!caller.clear()));
            String list = mvc.perform(get("/api/experts").param("q", "钱七").with(caller.token()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(list).as(caller.who()).contains(caller.clear() ? idNumber : masked);
            if (!caller.clear()) {
                assertThat(list).as(caller.who()).doesNotContain(idNumber).doesNotContain("13905371234");
            }
        }
    }

    @Test
    void candidatesAreSeenByTheirSocietyAndTheCommitteeOnly() throws Exception {
        JsonNode nomination = fixtures.body(mvc.perform(json(post("/api/experts/nominations")
                        .with(secretaryOf(society)), """
                        {"pool":"SCI_TECH","expert":%s}""".formatted(Fixtures.profile("孙候选", "济宁学院",
                        "FULL_SENIOR", "SCIENCE", "13805370004", Fixtures.idNumber()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String expertId = nomination.get("expert").get("id").asString();
        String nominationId = nomination.get("id").asString();
        mvc.perform(get("/api/experts/" + expertId).with(secretaryOf(society))).andExpect(status().isOk());
        mvc.perform(get("/api/experts/" + expertId).with(reviewer(committee))).andExpect(status().isOk());
        mvc.perform(get("/api/experts/" + expertId).with(secretaryOf(UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/experts/" + expertId).with(editor())).andExpect(status().isNotFound());
        mvc.perform(get("/api/experts/nominations/" + nominationId).with(secretaryOf(UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/experts/nominations/" + nominationId + "/withdrawal")
                        .with(secretaryOf(UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/experts/nominations/" + nominationId + "/withdrawal").with(secretaryOf(society)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
    }

    @Test
    void leavingAndRemovalKeepTheHistoryAndAreAnnounced() throws Exception {
        UUID id = fixtures.admittedExpert("周八", "济宁市人民医院", "MEDICINE", society, "SCI_TECH");
        mvc.perform(json(post("/api/experts/" + id + "/pools/SCI_TECH/leaving").with(expert(UUID.randomUUID())),
                        "{\"reason\":\"退休\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/experts/" + id + "/pools/SCI_TECH/leaving").with(expert(id)),
                        "{\"reason\":\"退休\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FORMER"));
        mvc.perform(json(post("/api/experts/" + id + "/pools/SCI_TECH/leaving").with(expert(id)),
                        "{\"reason\":\"退休\"}"))
                .andExpect(status().isConflict());
        JsonNode left = events.await(id.toString(), "ExpertLeftPool.v1");
        events.matchesSample(left, "ExpertLeftPool.v1");
        assertThat(left.get("data").get("how").asString()).isEqualTo("LEFT");
        assertThat(left.toString()).doesNotContain("退休");

        UUID removed = fixtures.admittedExpert("吴九", "济宁市人民医院", "MEDICINE", society, "POPULAR_SCIENCE");
        mvc.perform(json(post("/api/experts/" + removed + "/pools/POPULAR_SCIENCE/removal").with(admin()),
                        "{\"reason\":\"连续两年未参加活动\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/experts/" + removed + "/history").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberships[0].status").value("REMOVED"))
                .andExpect(jsonPath("$.memberships[0].reason").value("连续两年未参加活动"))
                .andExpect(jsonPath("$.nominations[0].status").value("ADMITTED"));
        assertThat(events.await(removed.toString(), "ExpertLeftPool.v1").get("data").get("how").asString())
                .isEqualTo("REMOVED");
    }

    @Test
    void aProfileChangeIsAnnouncedAndOnlyAdminMovesSocieties() throws Exception {
        UUID id = fixtures.admittedExpert("郑十", "济宁市第二人民医院", "MEDICINE", society, "SCI_TECH");
        UUID other = fixtures.society("济宁市药学会");
        String changed = Fixtures.profile("郑十", "济宁医学院附属医院", "FULL_SENIOR", "MEDICINE", "13905371234",
                Fixtures.idNumber(), society, other);
        mvc.perform(json(put("/api/experts/" + id).with(expert(id)), changed))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/experts/" + id).with(secretaryOf(society)), changed))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/experts/" + id).with(admin()), changed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.employer").value("济宁医学院附属医院"))
                .andExpect(jsonPath("$.societies.length()").value(2));
        JsonNode event = events.await(id.toString(), "ExpertProfileChanged.v1");
        events.matchesSample(event, "ExpertProfileChanged.v1");
        assertThat(event.get("data").get("expert").get("employer").asString()).isEqualTo("济宁医学院附属医院");
        assertThat(event.get("data").get("expert").get("societies")).hasSize(2);
    }

    @Test
    void searchByKeywordCategoryTitleAndSocietyInPinyinOrder() throws Exception {
        UUID own = fixtures.society("济宁市检索学会");
        fixtures.admittedExpert("张检索", "济宁市检索医院", "MEDICINE", own, "SCI_TECH");
        fixtures.admittedExpert("安检索", "济宁市检索医院", "MEDICINE", own, "SCI_TECH");
        fixtures.admittedExpert("李检索", "济宁市检索研究所", "INFORMATION", own, "POPULAR_SCIENCE");
        mvc.perform(get("/api/experts").param("society", own.toString()).with(editor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].name").value(org.hamcrest.Matchers.contains("安检索", "李检索", "张检索")))
                .andExpect(jsonPath("$.page.totalElements").value(3));
        mvc.perform(get("/api/experts").param("q", "检索医院").param("category", "MEDICINE").with(editor()))
                .andExpect(jsonPath("$.content[*].name").value(containsInAnyOrder("安检索", "张检索")));
        mvc.perform(get("/api/experts").param("q", "医院检索").with(editor()))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/experts").param("society", own.toString()).param("pool", "POPULAR_SCIENCE")
                        .with(editor()))
                .andExpect(jsonPath("$.content[*].name").value(containsInAnyOrder("李检索")));
        mvc.perform(get("/api/experts").param("society", own.toString()).param("titleLevel", "FULL_SENIOR")
                        .param("sort", "name,desc").with(editor()))
                .andExpect(jsonPath("$.content[0].name").value("张检索"));
        mvc.perform(get("/api/experts").param("sort", "phone").with(editor()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/experts").param("category", "ASTROLOGY").with(editor()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
    }
}
