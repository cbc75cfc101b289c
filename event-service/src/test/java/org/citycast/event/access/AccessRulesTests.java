package org.citycast.event.access;

import static org.citycast.event.platform.TestTokens.admin;
import static org.citycast.event.platform.TestTokens.editor;
import static org.citycast.event.platform.TestTokens.secretaryOf;
import static org.citycast.event.platform.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.citycast.event.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * Who may do what, endpoint by endpoint: no token is 401; a role without the right is 403; another
 * society's secretary gets 404 for a read of the society's data and 403 for a write; the
 * civil-affairs client is 403 everywhere. Every answer is problem+json. {@code null} marks a caller
 * who may (the positive cases live with each feature's tests). Public endpoints need no token.
 */
class AccessRulesTests extends Scenario {

    /**
     * {@code {society}} is the organiser; {@code {plan}} its plan line; {@code {draft}} its unpublished
     * event; {@code {event}} its published event with {@code {registration}}.
     */
    record Endpoint(HttpMethod method, String path, String body, Integer editor, Integer reviewer,
            Integer otherSecretary) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final String EVENT = """
            {"organiserId":"{society}","title":"越权活动","kind":"LECTURE","startsAt":"2090-05-01T01:00:00Z",
             "endsAt":"2090-05-01T03:00:00Z","venue":"某地","capacity":10}""";
    static final String LINE = """
            {"societyId":"{society}","title":"越权计划","kind":"FORUM","plannedMonth":5,"expectedAttendance":10}""";

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint(HttpMethod.PUT, "/api/events/plans/2090/deadline", "{\"dueOn\":\"2090-01-31\"}", 403, 403, 403),
                new Endpoint(HttpMethod.GET, "/api/events/plans/2090/deadline", null, null, null, null),
                new Endpoint(HttpMethod.POST, "/api/events/plans/2090/events", LINE, 403, 403, 403),
                new Endpoint(HttpMethod.GET, "/api/events/plans?year=2090", null, 403, null, null),
                new Endpoint(HttpMethod.GET, "/api/events/plans/events/{plan}", null, 403, null, 404),
                new Endpoint(HttpMethod.PUT, "/api/events/plans/events/{plan}", LINE, 403, 403, 403),
                new Endpoint(HttpMethod.PUT, "/api/events/plans/events/{plan}/rating", "{\"importance\":3}", 403, 403, 403),
                new Endpoint(HttpMethod.POST, "/api/events/academic-hall/sessions", "{\"plannedEventId\":\"{plan}\"}",
                        403, 403, 403),
                new Endpoint(HttpMethod.GET, "/api/events/stats?year=2090", null, 403, 403, 403),
                new Endpoint(HttpMethod.POST, "/api/events", EVENT, 403, 403, 403),
                new Endpoint(HttpMethod.GET, "/api/events", null, null, null, null),
                new Endpoint(HttpMethod.GET, "/api/events/{draft}", null, 404, 404, 404),
                new Endpoint(HttpMethod.PUT, "/api/events/{draft}", EVENT, 403, 403, 403),
                new Endpoint(HttpMethod.POST, "/api/events/{draft}/publication", null, 403, 403, 403),
                new Endpoint(HttpMethod.POST, "/api/events/{event}/cancellation", "{\"reason\":\"x\"}", 403, 403, 403),
                new Endpoint(HttpMethod.GET, "/api/events/{event}/registrations", null, null, 403, 404),
                new Endpoint(HttpMethod.GET, "/api/events/{event}/registrations.xlsx", null, 403, 403, 404),
                new Endpoint(HttpMethod.POST, "/api/events/{event}/invitations", "{\"invitee\":\"某人\"}", 403, 403, 403),
                new Endpoint(HttpMethod.GET, "/api/events/{event}/invitations", null, 403, 403, 404),
                new Endpoint(HttpMethod.POST, "/api/events/{event}/check-ins", "{\"ticketCode\":\"{ticket}\"}", null, 403,
                        403),
                new Endpoint(HttpMethod.GET, "/api/events/{event}/attendance", null, null, 403, 404),
                new Endpoint(HttpMethod.PUT, "/api/events/{event}/beneficiaries", "{\"beneficiaries\":1}", 403, 403, 403),
                new Endpoint(HttpMethod.POST, "/api/events/{event}/held", null, 403, 403, 403),
                new Endpoint(HttpMethod.GET, "/api/events/{event}/attendance.xlsx", null, 403, 403, 404),
                new Endpoint(HttpMethod.GET, "/api/events/{event}/registrations/{registration}/certificate.pdf", null,
                        403, 403, 404));
    }

    Map<String, String> ids;

    @BeforeEach
    void anOrganiserWithAPlanADraftAndAPublishedEvent() throws Exception {
        UUID society = society("权限测试学会" + UUID.randomUUID().toString().substring(0, 6));
        JsonNode plan = body(mvc.perform(json(post("/api/events/plans/2090/events").with(admin()),
                        LINE.replace("{society}", society.toString())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        JsonNode draft = draft(society, 10, "LECTURE");
        JsonNode event = publishedEvent(society, 10, "LECTURE");
        JsonNode registration = body(mvc.perform(signUp(event.get("id").asString(), "某人", "济宁", phone(42), null))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        ids = Map.of("{society}", society.toString(), "{plan}", plan.get("id").asString(), "{draft}",
                draft.get("id").asString(), "{event}", event.get("id").asString(), "{registration}",
                registration.get("registrationId").asString(), "{ticket}", registration.get("ticketCode").asString());
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
    void rolesWithoutTheRightAreRefused(Endpoint endpoint) throws Exception {
        expect(endpoint, editor(), endpoint.editor());
        // a reviewer without a record in the pool, so that nothing but the role decides
        expect(endpoint, token("reviewer1", null, null, "REVIEWER"), endpoint.reviewer());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anotherSocietysSecretaryIsKeptOut(Endpoint endpoint) throws Exception {
        expect(endpoint, secretaryOf(UUID.randomUUID()), endpoint.otherSecretary());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void theCivilAffairsClientIsForbidden(Endpoint endpoint) throws Exception {
        expect(endpoint, token("service-account-civil-affairs", null, null, "CIVIL_AFFAIRS"), 403);
    }

    @Test
    void publicEndpointsNeedNoToken() throws Exception {
        String event = ids.get("{event}");
        mvc.perform(get("/api/events/public/events")).andExpect(status().isOk());
        mvc.perform(get("/api/events/public/events/" + event)).andExpect(status().isOk());
        mvc.perform(get("/api/events/public/academic-hall?year=2090")).andExpect(status().isOk());
        mvc.perform(get("/api/events/public/calendar.ics")).andExpect(status().isOk());
        mvc.perform(get("/api/events/public/societies/" + ids.get("{society}") + "/calendar.ics"))
                .andExpect(status().isOk());
        mvc.perform(signUp(event, "某某", "济宁", phone(43), null)).andExpect(status().isCreated());
        // a draft is not public, and neither is a link nobody was given
        mvc.perform(get("/api/events/public/events/" + ids.get("{draft}"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/events/public/registrations/not-a-secret")).andExpect(status().isNotFound());
    }

    private void expect(Endpoint endpoint, RequestPostProcessor caller, Integer expected) throws Exception {
        if (expected == null) {
            return;
        }
        mvc.perform(call(endpoint).with(caller))
                .andExpect(status().is(expected))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private MockHttpServletRequestBuilder call(Endpoint endpoint) {
        String path = endpoint.path();
        for (var id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        var builder = request(endpoint.method(), path);
        if (endpoint.body() != null) {
            String body = endpoint.body();
            for (var id : ids.entrySet()) {
                body = body.replace(id.getKey(), id.getValue());
            }
            builder.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return builder;
    }
}
