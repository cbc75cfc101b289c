package org.citycast.funding.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.funding.platform.TestTokens.admin;
import static org.citycast.funding.platform.TestTokens.editor;
import static org.citycast.funding.platform.TestTokens.expert;
import static org.citycast.funding.platform.TestTokens.reviewer;
import static org.citycast.funding.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.citycast.funding.Grants;
import org.citycast.funding.ServiceTest;
import org.citycast.funding.platform.AccessRuleTable;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may do what, endpoint by endpoint (the checks are the template's {@link AccessRuleTable}):
 * each role gets what its {@link Access} says; a secretary acting on another society's records gets
 * 404 for a read and 403 for a write, and lists show them only their own. ADMIN, and a secretary on
 * their own society's records, are never turned away (what they get is checked in each feature's
 * own tests). In paths: {id} an application, {society} its society, {call}, {link}, {file}, {year},
 * {category}, {subItem}, {expert}.
 */
class AccessRulesTests extends ServiceTest implements AccessRuleTable<AccessRulesTests.Caller> {

    enum Caller {
        ADMIN, SECRETARY, OTHER_SECRETARY, EDITOR, EXPERT, REVIEWER
    }

    /** Expected answers for: another society's secretary, EDITOR, EXPERT, and a REVIEWER not assigned. */
    enum Access {
        ADMIN_ONLY(403, 403, 403, 403),
        SOCIETY_READ(404, 404, 404, 404),
        SOCIETY_WRITE(403, 403, 403, 403),
        /** Lists of society records: ADMIN and secretaries, who see only their own society's. */
        SOCIETY_LIST(200, 403, 403, 403),
        REVIEWER_READ(403, 403, 403, 404),
        /** A reviewer's own scores: no one else, not even ADMIN, may give them. */
        REVIEWER_ONLY(403, 403, 403, 404),
        REVIEWER_LIST(403, 403, 403, 200),
        SIGNED_IN(200, 200, 200, 200);

        final int otherSecretary;
        final int editor;
        final int expert;
        final int reviewer;

        Access(int otherSecretary, int editor, int expert, int reviewer) {
            this.otherSecretary = otherSecretary;
            this.editor = editor;
            this.expert = expert;
            this.reviewer = reviewer;
        }

        Rule<Caller> of(HttpMethod method, String path, String body) {
            return Rule.<Caller>of(method, path, body)
                    .answer(this == REVIEWER_ONLY ? 403 : ALLOWED, Caller.ADMIN)
                    .answer(otherSecretary, Caller.OTHER_SECRETARY).answer(editor, Caller.EDITOR)
                    .answer(expert, Caller.EXPERT).answer(reviewer, Caller.REVIEWER)
                    .answer(ownSociety() ? ALLOWED : otherSecretary, Caller.SECRETARY);
        }

        boolean ownSociety() {
            return this == SOCIETY_READ || this == SOCIETY_WRITE || this == SOCIETY_LIST;
        }
    }

    static final String FORM = "{\"callId\":\"{call}\",\"subItem\":\"{subItem}\",\"tag\":\"KEY_ACTIVITY\",\"title\":\"越权申请\","
            + "\"plannedStart\":\"2026-10-01\",\"plannedEnd\":\"2026-10-02\",\"budgetLines\":[{\"item\":\"场地费\","
            + "\"amount\":\"100.00\"}],\"requestedAmount\":\"100.00\"}";
    static final String CALL = "{\"year\":2026,\"title\":\"越权通知\",\"opensOn\":\"2026-01-01\",\"closesOn\":\"2026-02-01\","
            + "\"maxPerGrant\":\"100.00\",\"categories\":[\"{category}\"]}";
    static final String LINK = "{\"institution\":\"某银行\",\"instrument\":\"LOAN\",\"startsOn\":\"2026-01-01\"}";
    static final String REPORT = "{\"summary\":\"x\",\"lines\":[{\"item\":\"场地费\",\"actual\":\"1.00\"}]}";

    static Rule<Caller> row(HttpMethod method, String path, String body, Access access) {
        return access.of(method, path, body);
    }

    static Stream<Rule<Caller>> rules() {
        return Stream.of(
                row(HttpMethod.GET, "/api/funding/catalogue", null, Access.SIGNED_IN),
                row(HttpMethod.POST, "/api/funding/catalogue/categories",
                        "{\"code\":\"ACCESS_TEST\",\"name\":\"越权类别\"}", Access.ADMIN_ONLY),
                row(HttpMethod.PUT, "/api/funding/catalogue/categories/{category}",
                        "{\"name\":\"{categoryName}\",\"active\":true}", Access.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/funding/catalogue/categories/{category}/sub-items",
                        "{\"code\":\"ACCESS_TEST_ITEM\",\"name\":\"越权子项\"}", Access.ADMIN_ONLY),
                row(HttpMethod.PUT, "/api/funding/catalogue/sub-items/{subItem}",
                        "{\"name\":\"{subItemName}\",\"active\":true}", Access.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/funding/budgets/{year}", null, Access.ADMIN_ONLY),
                row(HttpMethod.PUT, "/api/funding/budgets/{year}/allocations/{category}",
                        "{\"amount\":\"100000.00\"}", Access.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/funding/budgets/{year}/ledger", null, Access.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/funding/budgets/{year}/ledger.xlsx", null, Access.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/funding/calls", null, Access.SIGNED_IN),
                row(HttpMethod.GET, "/api/funding/calls/{call}", null, Access.SIGNED_IN),
                row(HttpMethod.POST, "/api/funding/calls", CALL, Access.ADMIN_ONLY),
                row(HttpMethod.PUT, "/api/funding/calls/{call}", CALL, Access.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/funding/applications", null, Access.SOCIETY_LIST),
                row(HttpMethod.GET, "/api/funding/applications/export.xlsx", null, Access.SOCIETY_LIST),
                row(HttpMethod.POST, "/api/funding/applications?societyId={society}", FORM,
                        Access.SOCIETY_WRITE),
                row(HttpMethod.GET, "/api/funding/applications/{id}", null, Access.SOCIETY_READ),
                row(HttpMethod.PUT, "/api/funding/applications/{id}", FORM, Access.SOCIETY_WRITE),
                row(HttpMethod.POST, "/api/funding/applications/{id}/submission", null,
                        Access.SOCIETY_WRITE),
                row(HttpMethod.POST, "/api/funding/applications/{id}/withdrawal", "{\"reason\":\"x\"}",
                        Access.SOCIETY_WRITE),
                row(HttpMethod.POST, "/api/funding/applications/{id}/formal-check", "{\"passed\":true}",
                        Access.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/funding/applications/{id}/reviewers",
                        "{\"expertIds\":[\"{expert}\"]}", Access.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/funding/applications/{id}/reviews", null, Access.REVIEWER_READ),
                row(HttpMethod.PUT, "/api/funding/applications/{id}/reviews/mine",
                        "{\"scores\":{\"significance\":1,\"feasibility\":1,\"budget\":1}}", Access.REVIEWER_ONLY),
                row(HttpMethod.POST, "/api/funding/applications/{id}/review-closing", null,
                        Access.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/funding/reviews/assignments", null, Access.REVIEWER_LIST),
                row(HttpMethod.POST, "/api/funding/reviews/conflicts",
                        "{\"applicationId\":\"{id}\",\"reason\":\"x\"}", Access.REVIEWER_READ),
                row(HttpMethod.GET, "/api/funding/reviews/conflicts", null, Access.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/funding/reviewers", null, Access.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/funding/reviewers/{expert}", null, Access.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/funding/applications/{id}/decision",
                        "{\"approved\":false,\"reason\":\"x\"}", Access.ADMIN_ONLY),
                row(HttpMethod.PUT, "/api/funding/applications/{id}/agreement",
                        "{\"signedOn\":\"2026-01-01\",\"tranches\":[{\"amount\":\"1.00\",\"dueOn\":\"2026-01-01\"}]}",
                        Access.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/funding/applications/{id}/agreement", null, Access.SOCIETY_READ),
                row(HttpMethod.POST, "/api/funding/applications/{id}/tranches/1/disbursement",
                        "{\"paidOn\":\"2026-01-01\"}", Access.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/funding/applications/{id}/final-report", null,
                        Access.SOCIETY_READ),
                row(HttpMethod.PUT, "/api/funding/applications/{id}/final-report", REPORT,
                        Access.SOCIETY_WRITE),
                row(HttpMethod.POST, "/api/funding/applications/{id}/final-report/evidence", FILE,
                        Access.SOCIETY_WRITE),
                row(HttpMethod.GET, "/api/funding/applications/{id}/final-report/evidence/{file}", null,
                        Access.SOCIETY_READ),
                row(HttpMethod.DELETE, "/api/funding/applications/{id}/final-report/evidence/{file}", null,
                        Access.SOCIETY_WRITE),
                row(HttpMethod.POST, "/api/funding/applications/{id}/final-report/submission", null,
                        Access.SOCIETY_WRITE),
                row(HttpMethod.POST, "/api/funding/applications/{id}/final-report/review",
                        "{\"accepted\":true}", Access.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/funding/applications/{id}/closing", null, Access.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/funding/reports/overdue-check", null, Access.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/funding/financing-links", null, Access.SOCIETY_LIST),
                row(HttpMethod.POST, "/api/funding/financing-links?societyId={society}", LINK,
                        Access.SOCIETY_WRITE),
                row(HttpMethod.GET, "/api/funding/financing-links/{link}", null, Access.SOCIETY_READ),
                row(HttpMethod.PUT, "/api/funding/financing-links/{link}", LINK, Access.SOCIETY_WRITE),
                row(HttpMethod.GET, "/api/funding/stats", null, Access.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/funding/audit", null, Access.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/funding/dead-letters", null, Access.ADMIN_ONLY),
                row(HttpMethod.POST, "/api/funding/dead-letters/society.events.DLT/0/0/replay", null,
                        Access.ADMIN_ONLY),
                row(HttpMethod.GET, "/api/funding/societies/{society}", null, Access.SOCIETY_READ));
    }

    /** Built once: the rules do not depend on the state the records are in. */
    private static Map<String, String> fixture;

    @BeforeEach
    void records() throws Exception {
        if (fixture != null) {
            return;
        }
        Grants grants = new Grants(mvc, json, jdbc, clock);
        Grants.Scope scope = grants.scope(new BigDecimal("100000.00"));
        UUID call = grants.call(scope, new BigDecimal("50000.00"));
        UUID society = grants.society("济宁市权限学会", "ACTIVE");
        UUID application = grants.draft(society, call, scope, new BigDecimal("100.00"));
        UUID link = Grants.id(grants.ok(json(post("/api/funding/financing-links").with(secretaryOf(society)), LINK)));
        Map<String, String> values = new HashMap<>(Map.of("id", application.toString(), "society", society.toString(),
                "call", call.toString(), "link", link.toString(), "file", UUID.randomUUID().toString(),
                "year", String.valueOf(scope.year()), "category", scope.category(),
                "categoryName", "测试类别" + scope.category(), "subItem", scope.subItem(),
                "subItemName", "测试子项" + scope.subItem()));
        values.put("expert", grants.expert("权限专家", "济宁学院").toString());
        fixture = values;
    }

    @Override
    public MockMvc mvc() {
        return mvc;
    }

    @Override
    public Map<String, String> placeholders() {
        return fixture;
    }

    @Override
    public RequestPostProcessor token(Caller caller) {
        return switch (caller) {
            case ADMIN -> admin();
            case SECRETARY -> secretaryOf(UUID.fromString(fixture.get("society")));
            case OTHER_SECRETARY -> secretaryOf(UUID.randomUUID());
            case EDITOR -> editor();
            case EXPERT -> expert(UUID.randomUUID());
            case REVIEWER -> reviewer(UUID.randomUUID());
        };
    }

    @Override
    public void allowed(Rule<Caller> rule, Caller caller, MockHttpServletResponse answer) throws Exception {
        if (caller == Caller.OTHER_SECRETARY) {
            assertThat(answer.getContentAsString()).as(rule + " shows another society's records")
                    .doesNotContain(fixture.get("society")).doesNotContain(fixture.get("id"));
        }
        if (caller == Caller.SECRETARY && answer.getStatus() == 404) {
            // a part not there yet (the agreement of a draft), never the society's own record
            assertThat(answer.getContentAsString()).as(rule + " as the own secretary")
                    .containsAnyOf("Agreement ", "Final report ", "Evidence file ");
        }
    }
}
