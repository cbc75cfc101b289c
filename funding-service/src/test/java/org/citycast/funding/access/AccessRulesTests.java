package org.citycast.funding.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.funding.platform.TestTokens.admin;
import static org.citycast.funding.platform.TestTokens.editor;
import static org.citycast.funding.platform.TestTokens.expert;
import static org.citycast.funding.platform.TestTokens.reviewer;
import static org.citycast.funding.platform.TestTokens.secretaryOf;
import static org.citycast.funding.platform.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.citycast.funding.Grants;
import org.citycast.funding.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what, endpoint by endpoint: no token is 401 and the civil-affairs client 403
 * everywhere; each other role gets what its {@link Access} says; a secretary acting on another
 * society's records gets 404 for a read and 403 for a write, and lists show them only their own.
 * ADMIN, and a secretary on their own society's records, are never turned away (the positive
 * cases are checked in each feature's own tests). Every refusal is problem+json.
 */
class AccessRulesTests extends ServiceTest {

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

        boolean ownSociety() {
            return this == SOCIETY_READ || this == SOCIETY_WRITE || this == SOCIETY_LIST;
        }
    }

    /** In paths: {id} an application, {society} its society, {call}, {link}, {file}, {year}, {category}, {expert}. */
    record Endpoint(HttpMethod method, String path, String body, Access access) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final String MULTIPART = "multipart";
    static final String FORM = "{\"callId\":\"{call}\",\"subItem\":\"{subItem}\",\"tag\":\"KEY_ACTIVITY\",\"title\":\"越权申请\","
            + "\"plannedStart\":\"2026-10-01\",\"plannedEnd\":\"2026-10-02\",\"budgetLines\":[{\"item\":\"场地费\","
            + "\"amount\":\"100.00\"}],\"requestedAmount\":\"100.00\"}";
    static final String CALL = "{\"year\":2026,\"title\":\"越权通知\",\"opensOn\":\"2026-01-01\",\"closesOn\":\"2026-02-01\","
            + "\"maxPerGrant\":\"100.00\",\"categories\":[\"{category}\"]}";
    static final String LINK = "{\"institution\":\"某银行\",\"instrument\":\"LOAN\",\"startsOn\":\"2026-01-01\"}";
    static final String REPORT = "{\"summary\":\"x\",\"lines\":[{\"item\":\"场地费\",\"actual\":\"1.00\"}]}";

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint(HttpMethod.GET, "/api/funding/catalogue", null, Access.SIGNED_IN),
                new Endpoint(HttpMethod.POST, "/api/funding/catalogue/categories",
                        "{\"code\":\"ACCESS_TEST\",\"name\":\"越权类别\"}", Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.PUT, "/api/funding/catalogue/categories/{category}",
                        "{\"name\":\"{categoryName}\",\"active\":true}", Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/funding/catalogue/categories/{category}/sub-items",
                        "{\"code\":\"ACCESS_TEST_ITEM\",\"name\":\"越权子项\"}", Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.PUT, "/api/funding/catalogue/sub-items/{subItem}",
                        "{\"name\":\"{subItemName}\",\"active\":true}", Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/funding/budgets/{year}", null, Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.PUT, "/api/funding/budgets/{year}/allocations/{category}",
                        "{\"amount\":\"100000.00\"}", Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/funding/budgets/{year}/ledger", null, Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/funding/budgets/{year}/ledger.xlsx", null, Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/funding/calls", null, Access.SIGNED_IN),
                new Endpoint(HttpMethod.GET, "/api/funding/calls/{call}", null, Access.SIGNED_IN),
                new Endpoint(HttpMethod.POST, "/api/funding/calls", CALL, Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.PUT, "/api/funding/calls/{call}", CALL, Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/funding/applications", null, Access.SOCIETY_LIST),
                new Endpoint(HttpMethod.GET, "/api/funding/applications/export.xlsx", null, Access.SOCIETY_LIST),
                new Endpoint(HttpMethod.POST, "/api/funding/applications?societyId={society}", FORM,
                        Access.SOCIETY_WRITE),
                new Endpoint(HttpMethod.GET, "/api/funding/applications/{id}", null, Access.SOCIETY_READ),
                new Endpoint(HttpMethod.PUT, "/api/funding/applications/{id}", FORM, Access.SOCIETY_WRITE),
                new Endpoint(HttpMethod.POST, "/api/funding/applications/{id}/submission", null,
                        Access.SOCIETY_WRITE),
                new Endpoint(HttpMethod.POST, "/api/funding/applications/{id}/withdrawal", "{\"reason\":\"x\"}",
                        Access.SOCIETY_WRITE),
                new Endpoint(HttpMethod.POST, "/api/funding/applications/{id}/formal-check", "{\"passed\":true}",
                        Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/funding/applications/{id}/reviewers",
                        "{\"expertIds\":[\"{expert}\"]}", Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/funding/applications/{id}/reviews", null, Access.REVIEWER_READ),
                new Endpoint(HttpMethod.PUT, "/api/funding/applications/{id}/reviews/mine",
                        "{\"scores\":{\"significance\":1,\"feasibility\":1,\"budget\":1}}", Access.REVIEWER_ONLY),
                new Endpoint(HttpMethod.POST, "/api/funding/applications/{id}/review-closing", null,
                        Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/funding/reviews/assignments", null, Access.REVIEWER_LIST),
                new Endpoint(HttpMethod.POST, "/api/funding/reviews/conflicts",
                        "{\"applicationId\":\"{id}\",\"reason\":\"x\"}", Access.REVIEWER_READ),
                new Endpoint(HttpMethod.GET, "/api/funding/reviews/conflicts", null, Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/funding/reviewers", null, Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/funding/reviewers/{expert}", null, Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/funding/applications/{id}/decision",
                        "{\"approved\":false,\"reason\":\"x\"}", Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.PUT, "/api/funding/applications/{id}/agreement",
                        "{\"signedOn\":\"2026-01-01\",\"tranches\":[{\"amount\":\"1.00\",\"dueOn\":\"2026-01-01\"}]}",
                        Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/funding/applications/{id}/agreement", null, Access.SOCIETY_READ),
                new Endpoint(HttpMethod.POST, "/api/funding/applications/{id}/tranches/1/disbursement",
                        "{\"paidOn\":\"2026-01-01\"}", Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/funding/applications/{id}/final-report", null,
                        Access.SOCIETY_READ),
                new Endpoint(HttpMethod.PUT, "/api/funding/applications/{id}/final-report", REPORT,
                        Access.SOCIETY_WRITE),
                new Endpoint(HttpMethod.POST, "/api/funding/applications/{id}/final-report/evidence", MULTIPART,
                        Access.SOCIETY_WRITE),
                new Endpoint(HttpMethod.GET, "/api/funding/applications/{id}/final-report/evidence/{file}", null,
                        Access.SOCIETY_READ),
                new Endpoint(HttpMethod.DELETE, "/api/funding/applications/{id}/final-report/evidence/{file}", null,
                        Access.SOCIETY_WRITE),
                new Endpoint(HttpMethod.POST, "/api/funding/applications/{id}/final-report/submission", null,
                        Access.SOCIETY_WRITE),
                new Endpoint(HttpMethod.POST, "/api/funding/applications/{id}/final-report/review",
                        "{\"accepted\":true}", Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/funding/applications/{id}/closing", null, Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/funding/reports/overdue-check", null, Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/funding/financing-links", null, Access.SOCIETY_LIST),
                new Endpoint(HttpMethod.POST, "/api/funding/financing-links?societyId={society}", LINK,
                        Access.SOCIETY_WRITE),
                new Endpoint(HttpMethod.GET, "/api/funding/financing-links/{link}", null, Access.SOCIETY_READ),
                new Endpoint(HttpMethod.PUT, "/api/funding/financing-links/{link}", LINK, Access.SOCIETY_WRITE),
                new Endpoint(HttpMethod.GET, "/api/funding/stats", null, Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/funding/audit", null, Access.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/funding/societies/{society}", null, Access.SOCIETY_READ));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

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
        Map<String, String> values = new HashMap<>(Map.of("{id}", application.toString(), "{society}", society.toString(), "{call}", call.toString(),
                "{link}", link.toString(), "{file}", UUID.randomUUID().toString(),
                "{year}", String.valueOf(scope.year()), "{category}", scope.category(),
                "{categoryName}", "测试类别" + scope.category(), "{subItem}", scope.subItem(),
                "{subItemName}", "测试子项" + scope.subItem()));
        values.put("{expert}", grants.expert("权限专家", "济宁学院").toString());
        fixture = values;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutATokenIsUnauthorized(Endpoint endpoint) throws Exception {
        refused(endpoint, null, 401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void theCivilAffairsClientIsForbidden(Endpoint endpoint) throws Exception {
        refused(endpoint, token("service-account-civil-affairs", null, null, "CIVIL_AFFAIRS"), 403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void rolesGetWhatTheirRightsAllow(Endpoint endpoint) throws Exception {
        expect(endpoint, editor(), endpoint.access().editor);
        expect(endpoint, expert(UUID.randomUUID()), endpoint.access().expert);
        expect(endpoint, reviewer(UUID.randomUUID()), endpoint.access().reviewer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anotherSocietysSecretaryIsKeptOut(Endpoint endpoint) throws Exception {
        MockHttpServletResponse answer = expect(endpoint, secretaryOf(UUID.randomUUID()),
                endpoint.access().otherSecretary);
        if (answer.getStatus() == 200) {
            assertThat(answer.getContentAsString()).doesNotContain(fixture.get("{society}"))
                    .doesNotContain(fixture.get("{id}"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void adminAndTheOwnSecretaryAreNotTurnedAway(Endpoint endpoint) throws Exception {
        if (endpoint.access() == Access.REVIEWER_ONLY) {
            refused(endpoint, admin(), 403);
        } else {
            assertThat(call(endpoint, admin()).getStatus()).as("ADMIN").isNotIn(401, 403).isLessThan(500);
        }
        if (endpoint.access().ownSociety()) {
            UUID own = UUID.fromString(fixture.get("{society}"));
            MockHttpServletResponse answer = call(endpoint, secretaryOf(own));
            assertThat(answer.getStatus()).as("own secretary").isNotIn(401, 403).isLessThan(500);
            if (answer.getStatus() == 404) {
                // a part not there yet (the agreement of a draft), never the society's own record
                assertThat(answer.getContentAsString()).as("own secretary")
                        .containsAnyOf("Agreement ", "Final report ", "Evidence file ");
            }
        }
    }

    private MockHttpServletResponse expect(Endpoint endpoint, RequestPostProcessor who, int status) throws Exception {
        if (status >= 400) {
            return refused(endpoint, who, status);
        }
        MockHttpServletResponse answer = call(endpoint, who);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(status);
        return answer;
    }

    private MockHttpServletResponse refused(Endpoint endpoint, RequestPostProcessor who, int status) throws Exception {
        MockHttpServletResponse answer = call(endpoint, who);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(status);
        assertThat(MediaType.parseMediaType(answer.getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("problem+json, not " + answer.getContentType()).isTrue();
        return answer;
    }

    private MockHttpServletResponse call(Endpoint endpoint, RequestPostProcessor who) throws Exception {
        String path = fill(endpoint.path());
        AbstractMockHttpServletRequestBuilder<?> builder;
        if (MULTIPART.equals(endpoint.body())) {
            builder = multipart(path).file(new MockMultipartFile("file", "a.pdf", "application/pdf",
                    "%PDF-1.4\n%%EOF\n".getBytes()));
        } else {
            builder = request(endpoint.method(), path);
            if (endpoint.body() != null) {
                builder.contentType(MediaType.APPLICATION_JSON).content(fill(endpoint.body()));
            }
        }
        if (who != null) {
            builder.with(who);
        }
        return mvc.perform(builder).andReturn().getResponse();
    }

    private static String fill(String text) {
        String filled = text;
        for (var entry : fixture.entrySet()) {
            filled = filled.replace(entry.getKey(), entry.getValue());
        }
        return filled;
    }
}
