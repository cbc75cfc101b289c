package org.citycast.society.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.civilAffairs;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.citycast.society.platform.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.citycast.society.ServiceTest;
import org.citycast.society.platform.MappedEndpoints;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what, endpoint by endpoint: no token is 401; a role without the right is 403; a
 * secretary acting on another society's records gets 404 for a read and 403 for a write. Every
 * answer is problem+json. The positive cases live with each feature's own tests.
 */
class AccessRulesTests extends ServiceTest {

    /** {@code {id}} is replaced by a society that is not the caller's; a {@code FILE} body is sent as a multipart upload. */
    record Endpoint(HttpMethod method, String path, String body, Scope scope) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    enum Scope {
        /** ADMIN only: everyone else is 403. */
        ADMIN_ONLY,
        /** A society's own records: another society's secretary gets 404 (reads) or 403 (writes). */
        OWN_SOCIETY,
        /** Any signed-in person; what a secretary sees is cut to their own society. */
        SIGNED_IN,
        /** ADMIN, or a secretary opening the founding application of the society in their own token. */
        OWN_FOUNDING,
        /** The civil-affairs system's client only. */
        CIVIL_AFFAIRS_ONLY
    }

    static final String FILE = "<file>";

    static final String REPORT = """
            {"summary":"x","activitiesHeld":1,"individualMembers":1,"unitMembers":0,"income":"0","expenditure":"0",
             "netAssets":"0"}""";

    static final String PROFILE = """
            {"reason":"录入现有学会名录","name":"越权修改","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会"}""";

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint(HttpMethod.POST, "/api/societies", PROFILE, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/societies/transfers", PROFILE, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/societies", null, Scope.SIGNED_IN),
                new Endpoint(HttpMethod.GET, "/api/societies/export.xlsx", null, Scope.SIGNED_IN),
                new Endpoint(HttpMethod.POST, "/api/societies/import", FILE, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/societies/founding-applications", PROFILE, Scope.OWN_FOUNDING),
                new Endpoint(HttpMethod.GET, "/api/societies/host-units", null, Scope.SIGNED_IN),
                new Endpoint(HttpMethod.POST, "/api/societies/{id}/return", "{\"reason\":\"x\"}", Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/societies/{id}/pre-approval", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/societies/{id}/joining", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.PUT, "/api/societies/{id}/health-tier", "{\"healthTier\":\"DORMANT\"}",
                        Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/societies/{id}/deregistration/liquidation", null,
                        Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/societies/{id}/deregistration/consent", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/societies/host-units", "{\"name\":\"某局\"}", Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/societies/host-units/renaming",
                        "{\"from\":\"市教育局\",\"to\":\"某局\"}", Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/societies/audit", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/societies/stats", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.PUT, "/api/societies/{id}/correction", PROFILE, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/societies/inspections/forwarding-late", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/societies/jobs/runs", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/societies/{id}", null, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.PUT, "/api/societies/{id}/founding-application", PROFILE, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.PUT, "/api/societies/{id}", PROFILE, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.POST, "/api/societies/{id}/submission", null, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.PUT, "/api/societies/{id}/party-organisation",
                        "{\"form\":\"JOINT\",\"establishedOn\":\"2020-01-01\",\"memberCount\":3}", Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.POST, "/api/societies/{id}/deregistration/resolution", "{\"reason\":\"x\"}",
                        Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.POST, "/api/societies/inspections/rounds/2019", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/societies/inspections?year=2019", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/societies/inspections/deadline-check", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/societies/{id}/inspections/2019/pre-review", "{\"passed\":true}",
                        Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/societies/{id}/inspections/2019/forwarding", null,
                        Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/societies/{id}/inspections", null, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.PUT, "/api/societies/{id}/inspections/2019/report", REPORT, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.GET, "/api/societies/terms/overdue", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/societies/terms/due", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/societies/{id}/terms/current/postponement/approval",
                        "{\"approved\":true}", Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/societies/{id}/terms", null, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.POST, "/api/societies/{id}/terms", "{\"startedOn\":\"2020-01-01\"}",
                        Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.POST, "/api/societies/{id}/terms/current/plan",
                        "{\"plannedElectionOn\":\"2026-12-01\"}", Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.POST, "/api/societies/{id}/terms/current/postponement",
                        "{\"until\":\"2027-01-01\",\"reason\":\"x\"}", Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.POST, "/api/societies/{id}/terms/current/result",
                        "{\"electedOn\":\"2026-01-01\",\"leaders\":[{\"position\":\"理事长\",\"name\":\"x\"}]}",
                        Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.POST, "/api/societies/standing/evaluations", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/societies/standing/cases", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/societies/standing/cases/{id}/letter.pdf", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/societies/standing/cases/{id}/confirmation", null,
                        Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/societies/standing/cases/{id}/dismissal", "{\"reason\":\"x\"}",
                        Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/civil-affairs/inbox", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/societies/dead-letters", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/societies/{id}/activity", null, Scope.OWN_SOCIETY),
                new Endpoint(HttpMethod.POST, "/api/societies/activity/assessments", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/societies/dead-letters/event.events.DLT/0/0/replay", null,
                        Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.GET, "/api/civil-affairs/dispatches", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/civil-affairs/dispatches/{id}/resend", null, Scope.ADMIN_ONLY),
                new Endpoint(HttpMethod.POST, "/api/civil-affairs/registrations", "{}", Scope.CIVIL_AFFAIRS_ONLY),
                new Endpoint(HttpMethod.POST, "/api/civil-affairs/inspection-outcomes", "{}", Scope.CIVIL_AFFAIRS_ONLY),
                new Endpoint(HttpMethod.POST, "/api/civil-affairs/deregistrations", "{}", Scope.CIVIL_AFFAIRS_ONLY));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;
    @Autowired
    JsonMapper json;

    UUID society;

    @BeforeEach
    void aSociety() throws Exception {
        String body = mvc.perform(request(HttpMethod.POST, "/api/societies").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"reason":"录入现有学会名录","name":"权限测试学会%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会"}"""
                                .formatted(UUID.randomUUID())))
                .andReturn().getResponse().getContentAsString();
        society = UUID.fromString(json.readTree(body).get("id").asString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutATokenIsUnauthorized(Endpoint endpoint) throws Exception {
        mvc.perform(call(endpoint))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void rolesWithoutTheRightAreForbidden(Endpoint endpoint) throws Exception {
        for (var caller : List.of(token("editor1", null, null, "EDITOR"), token("reviewer1", null, null, "REVIEWER"))) {
            if (endpoint.scope() == Scope.SIGNED_IN) {
                mvc.perform(call(endpoint).with(caller)).andExpect(status().isOk());
                continue;
            }
            int expected = endpoint.method() == HttpMethod.GET && endpoint.scope() == Scope.OWN_SOCIETY ? 404 : 403;
            mvc.perform(call(endpoint).with(caller))
                    .andExpect(status().is(expected))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    /** The civil-affairs system has business with its own endpoints only. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void theCivilAffairsClientIsForbiddenOutsideItsOwnEndpoints(Endpoint endpoint) throws Exception {
        var response = mvc.perform(call(endpoint).with(civilAffairs())).andReturn().getResponse();
        if (endpoint.scope() == Scope.CIVIL_AFFAIRS_ONLY) {
            assertThat(response.getStatus()).as(response.getContentAsString()).isNotIn(401, 403);
        } else {
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anotherSocietysSecretaryIsKeptOut(Endpoint endpoint) throws Exception {
        UUID foreign = UUID.randomUUID();
        switch (endpoint.scope()) {
            case SIGNED_IN -> mvc.perform(call(endpoint).with(secretaryOf(foreign))).andExpect(status().isOk());
            case OWN_FOUNDING -> mvc.perform(call(endpoint).with(secretaryOf(foreign)))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.id").value(foreign.toString()));
            default -> {
                int expected = endpoint.scope() == Scope.OWN_SOCIETY && endpoint.method() == HttpMethod.GET ? 404 : 403;
                mvc.perform(call(endpoint).with(secretaryOf(foreign)))
                        .andExpect(status().is(expected))
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            }
        }
    }

    /** A new endpoint without a row in the table fails here, so no endpoint goes unchecked. */
    @Test
    void everyEndpointHasARow() {
        assertThat(MappedEndpoints.without(handlers,
                endpoints().map(endpoint -> new MappedEndpoints.Row(endpoint.method(), endpoint.path())).toList()))
                .as("endpoints without a row in AccessRulesTests").isEmpty();
    }

    @Test
    void aSecretarysListAndExportHoldOnlyTheirOwnSociety() throws Exception {
        String list = mvc.perform(request(HttpMethod.GET, "/api/societies?size=500").with(secretaryOf(society)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(list).get("content")).extracting(row -> row.get("id").asString())
                .containsExactly(society.toString());

        byte[] export = mvc.perform(request(HttpMethod.GET, "/api/societies/export.xlsx").with(secretaryOf(society)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("one header row and one society").isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("权限测试学会");
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> call(Endpoint endpoint) {
        String path = endpoint.path().replace("{id}", society.toString());
        if (FILE.equals(endpoint.body())) {
            return multipart(path).file(new MockMultipartFile("file", "societies.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {1}));
        }
        var builder = request(endpoint.method(), path);
        if (endpoint.body() != null) {
            builder.contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
        }
        return builder;
    }
}
