package org.citycast.funding;

import static org.citycast.funding.ServiceTest.json;
import static org.citycast.funding.platform.TestTokens.admin;
import static org.citycast.funding.platform.TestTokens.reviewer;
import static org.citycast.funding.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.citycast.funding.platform.AssociationTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds grants in a given state through the real endpoints, the way ADMIN, secretaries and
 * reviewers would, so tests start from where they need to be. Societies and experts are written
 * straight into the read models, as the society and expert events would have.
 */
public class Grants {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvc mvc;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final Clock clock;

    public Grants(MockMvc mvc, JsonMapper json, JdbcClient jdbc, Clock clock) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A category with one sub-item of its own, so that the test's allocation is its alone. */
    public record Scope(String category, String subItem, int year) {
    }

    public Scope scope(BigDecimal allocated) throws Exception {
        int n = SEQUENCE.incrementAndGet();
        String category = "TEST_CATEGORY_" + n + "_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String subItem = "TEST_ITEM_" + n + "_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        ok(json(post("/api/funding/catalogue/categories").with(admin()),
                "{\"code\":\"%s\",\"name\":\"测试类别%s\"}".formatted(category, category)));
        ok(json(post("/api/funding/catalogue/categories/" + category + "/sub-items").with(admin()),
                "{\"code\":\"%s\",\"name\":\"测试子项%s\"}".formatted(subItem, subItem)));
        int year = today().getYear();
        ok(json(put("/api/funding/budgets/" + year + "/allocations/" + category).with(admin()),
                "{\"amount\":\"%s\"}".formatted(allocated.toPlainString())));
        return new Scope(category, subItem, year);
    }

    public UUID society(String name, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO society (id, name, discipline_category, status, as_of, version) VALUES (?, ?, ?, ?, ?, 0)")
                .params(id, name + id.toString().substring(0, 8), "MEDICINE", status, Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    public String societyName(UUID id) {
        return jdbc.sql("SELECT name FROM society WHERE id = ?").param(id).query(String.class).single();
    }

    public UUID expert(String name, String employer, UUID... societies) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO known_expert (id, name, employer, in_pool, as_of, version) VALUES (?, ?, ?, true, ?, 0)")
                .params(id, name, employer, Timestamp.from(Instant.now())).update();
        for (UUID society : societies) {
            jdbc.sql("INSERT INTO known_expert_society (expert_id, society_id) VALUES (?, ?)").params(id, society)
                    .update();
        }
        return id;
    }

    public UUID call(Scope scope, BigDecimal maxPerGrant) throws Exception {
        LocalDate today = today();
        return id(ok(json(post("/api/funding/calls").with(admin()), """
                {"year":%d,"title":"测试申报通知","opensOn":"%s","closesOn":"%s","maxPerGrant":"%s","categories":["%s"]}"""
                .formatted(scope.year(), today.minusDays(10), today.plusDays(30), maxPerGrant.toPlainString(),
                        scope.category()))));
    }

    public String form(UUID call, Scope scope, BigDecimal amount, String... coOrganisers) {
        LocalDate today = today();
        String organisers = coOrganisers.length == 0 ? "[]" : "[\"" + String.join("\",\"", coOrganisers) + "\"]";
        return """
                {"callId":"%s","subItem":"%s","tag":"KEY_ACTIVITY","title":"学术年会%s","plannedStart":"%s",
                 "plannedEnd":"%s","venue":"济宁市科技馆","expectedAttendance":200,"coOrganisers":%s,
                 "budgetLines":[{"item":"场地费","amount":"%s"},{"item":"资料印刷","amount":"%s"}],"requestedAmount":"%s"}"""
                .formatted(call, scope.subItem(), SEQUENCE.incrementAndGet(), today.plusDays(40), today.plusDays(41),
                        organisers, amount.toPlainString(), "1000.00", amount.toPlainString());
    }

    public UUID draft(UUID society, UUID call, Scope scope, BigDecimal amount, String... coOrganisers)
            throws Exception {
        return id(ok(json(post("/api/funding/applications").with(secretaryOf(society)),
                form(call, scope, amount, coOrganisers))));
    }

    public UUID submitted(UUID society, UUID call, Scope scope, BigDecimal amount, String... coOrganisers)
            throws Exception {
        UUID id = draft(society, call, scope, amount, coOrganisers);
        ok(post("/api/funding/applications/" + id + "/submission").with(secretaryOf(society)));
        return id;
    }

    public UUID inReview(UUID society, UUID call, Scope scope, BigDecimal amount, String... coOrganisers)
            throws Exception {
        UUID id = submitted(society, call, scope, amount, coOrganisers);
        ok(json(post("/api/funding/applications/" + id + "/formal-check").with(admin()), "{\"passed\":true}"));
        return id;
    }

    public void score(UUID application, UUID expert, int score) throws Exception {
        ok(json(put("/api/funding/applications/" + application + "/reviews/mine").with(reviewer(expert)),
                "{\"scores\":{\"significance\":%d,\"feasibility\":%d,\"budget\":%d},\"comments\":\"可行\"}"
                        .formatted(score, score, score)));
    }

    /** Reviewed by one reviewer of its own, stage closed: ready for a decision. */
    public UUID reviewed(UUID society, UUID call, Scope scope, BigDecimal amount) throws Exception {
        UUID id = inReview(society, call, scope, amount);
        UUID expert = expert("评审专家", "山东大学");
        ok(json(post("/api/funding/applications/" + id + "/reviewers").with(admin()),
                "{\"expertIds\":[\"%s\"]}".formatted(expert)));
        score(id, expert, 80);
        ok(post("/api/funding/applications/" + id + "/review-closing").with(admin()));
        return id;
    }

    public UUID approved(UUID society, UUID call, Scope scope, BigDecimal amount) throws Exception {
        UUID id = reviewed(society, call, scope, amount);
        ok(json(post("/api/funding/applications/" + id + "/decision").with(admin()),
                "{\"approved\":true,\"amount\":\"%s\"}".formatted(amount.toPlainString())));
        return id;
    }

    /** Approved in full and agreed with two equal tranches, the report due {@code reportDueOn}. */
    public UUID agreed(UUID society, UUID call, Scope scope, BigDecimal amount, LocalDate reportDueOn)
            throws Exception {
        UUID id = approved(society, call, scope, amount);
        BigDecimal half = amount.divide(BigDecimal.valueOf(2));
        ok(json(put("/api/funding/applications/" + id + "/agreement").with(admin()), """
                {"signedOn":"%s","reportDueOn":"%s","tranches":[{"amount":"%s","dueOn":"%s","condition":"协议签订后"},
                 {"amount":"%s","dueOn":"%s","condition":"结项报告通过后"}]}"""
                .formatted(today().minusDays(60), reportDueOn, half.toPlainString(), today().minusDays(50),
                        amount.subtract(half).toPlainString(), reportDueOn.plusDays(30))));
        return id;
    }

    public JsonNode ok(RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString();
        if (status >= 300) {
            throw new AssertionError("Expected success but got " + status + ": " + body);
        }
        return body.isBlank() ? null : json.readTree(body);
    }

    public static UUID id(JsonNode node) {
        return UUID.fromString(node.get("id").asString());
    }

    public LocalDate today() {
        return AssociationTime.today(clock);
    }

    public List<String> statuses(List<UUID> ids) {
        return ids.stream().map(id -> jdbc.sql("SELECT status FROM grant_application WHERE id = ?").param(id)
                .query(String.class).single()).toList();
    }
}
