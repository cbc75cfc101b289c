package org.citycast.event.access;

import static org.citycast.event.platform.TestTokens.admin;
import static org.citycast.event.platform.TestTokens.editor;
import static org.citycast.event.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.citycast.event.Scenario;
import org.citycast.event.platform.AccessRuleTable;
import org.citycast.event.platform.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * Who may do what, endpoint by endpoint (the checks are the template's {@link AccessRuleTable}): a
 * role without the right is 403; another society's secretary gets 404 for a read of the society's
 * data and 403 for a write; {@code null} in a row marks a caller who may, like ADMIN everywhere.
 * Public endpoints need no token. {@code {society}} is the organiser; {@code {plan}} its plan line;
 * {@code {draft}} its unpublished event; {@code {event}} its published event with
 * {@code {registration}}.
 */
class AccessRulesTests extends Scenario implements AccessRuleTable<AccessRulesTests.Caller> {

    enum Caller {
        ADMIN, EDITOR, REVIEWER, OTHER_SECRETARY
    }

    static final String EVENT = """
            {"organiserId":"{society}","title":"越权活动","kind":"LECTURE","startsAt":"2090-05-01T01:00:00Z",
             "endsAt":"2090-05-01T03:00:00Z","venue":"某地","capacity":10}""";
    static final String LINE = """
            {"societyId":"{society}","title":"越权计划","kind":"FORUM","plannedMonth":5,"expectedAttendance":10}""";

    /** ADMIN may; EDITOR, a REVIEWER and another society's secretary get the status given, or may if {@code null}. */
    static Rule<Caller> row(HttpMethod method, String path, String body, Integer editor, Integer reviewer,
            Integer otherSecretary) {
        return Rule.<Caller>of(method, path, body).allow(Caller.ADMIN)
                .answer(editor == null ? ALLOWED : editor, Caller.EDITOR)
                .answer(reviewer == null ? ALLOWED : reviewer, Caller.REVIEWER)
                .answer(otherSecretary == null ? ALLOWED : otherSecretary, Caller.OTHER_SECRETARY);
    }

    static Rule<Caller> open(HttpMethod method, String path) {
        return Rule.<Caller>of(method, path, null).through(Gate.PUBLIC);
    }

    static Stream<Rule<Caller>> rules() {
        return Stream.of(
                row(HttpMethod.PUT, "/api/events/plans/2090/deadline", "{\"dueOn\":\"2090-01-31\"}", 403, 403, 403),
                row(HttpMethod.GET, "/api/events/plans/2090/deadline", null, null, null, null),
                row(HttpMethod.POST, "/api/events/plans/2090/events", LINE, 403, 403, 403),
                row(HttpMethod.GET, "/api/events/plans?year=2090", null, 403, null, null),
                row(HttpMethod.GET, "/api/events/plans/events/{plan}", null, 403, null, 404),
                row(HttpMethod.PUT, "/api/events/plans/events/{plan}", LINE, 403, 403, 403),
                // a rating is a committee member's own: not even ADMIN gives one
                row(HttpMethod.PUT, "/api/events/plans/events/{plan}/rating", "{\"importance\":3}", 403, 403, 403)
                        .answer(403, Caller.ADMIN),
                row(HttpMethod.POST, "/api/events/academic-hall/sessions", "{\"plannedEventId\":\"{plan}\"}",
                        403, 403, 403),
                row(HttpMethod.GET, "/api/events/stats?year=2090", null, 403, 403, 403),
                row(HttpMethod.POST, "/api/events", EVENT, 403, 403, 403),
                row(HttpMethod.GET, "/api/events", null, null, null, null),
                row(HttpMethod.GET, "/api/events/{draft}", null, 404, 404, 404),
                row(HttpMethod.PUT, "/api/events/{draft}", EVENT, 403, 403, 403),
                row(HttpMethod.POST, "/api/events/{draft}/publication", null, 403, 403, 403),
                row(HttpMethod.POST, "/api/events/{event}/cancellation", "{\"reason\":\"x\"}", 403, 403, 403),
                row(HttpMethod.GET, "/api/events/{event}/registrations", null, null, 403, 404),
                row(HttpMethod.GET, "/api/events/{event}/registrations.xlsx", null, 403, 403, 404),
                row(HttpMethod.POST, "/api/events/{event}/invitations", "{\"invitee\":\"某人\"}", 403, 403, 403),
                row(HttpMethod.GET, "/api/events/{event}/invitations", null, 403, 403, 404),
                row(HttpMethod.POST, "/api/events/{event}/check-ins", "{\"ticketCode\":\"{ticket}\"}", null, 403,
                        403),
                row(HttpMethod.GET, "/api/events/{event}/attendance", null, null, 403, 404),
                row(HttpMethod.PUT, "/api/events/{event}/beneficiaries", "{\"beneficiaries\":1}", 403, 403, 403),
                row(HttpMethod.POST, "/api/events/{event}/held", null, 403, 403, 403),
                row(HttpMethod.GET, "/api/events/{event}/attendance.xlsx", null, 403, 403, 404),
                row(HttpMethod.GET, "/api/events/{event}/registrations/{registration}/certificate.pdf", null,
                        403, 403, 404),
                row(HttpMethod.GET, "/api/events/dead-letters", null, 403, 403, 403),
                row(HttpMethod.POST, "/api/events/dead-letters/society.events.DLT/0/0/replay", null, 403, 403, 403),
                // no login: the public calendar, event pages and sign-up, and a registrant's secret link
                open(HttpMethod.GET, "/api/events/public/events"),
                open(HttpMethod.GET, "/api/events/public/events/{event}"),
                open(HttpMethod.GET, "/api/events/public/academic-hall?year=2090"),
                open(HttpMethod.GET, "/api/events/public/calendar.ics"),
                open(HttpMethod.GET, "/api/events/public/societies/{society}/calendar.ics"),
                Rule.<Caller>of(HttpMethod.POST, "/api/events/public/events/{event}/registrations", """
                        {"name":"公众","organisation":"某单位","city":"济宁","phone":"13705379999"}""")
                        .through(Gate.PUBLIC),
                open(HttpMethod.GET, "/api/events/public/registrations/not-a-secret"),
                open(HttpMethod.POST, "/api/events/public/registrations/not-a-secret/cancellation"),
                open(HttpMethod.GET, "/api/events/public/registrations/not-a-secret/ticket.png"),
                open(HttpMethod.GET, "/api/events/public/registrations/not-a-secret/certificate.pdf"));
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
        ids = Map.of("society", society.toString(), "plan", plan.get("id").asString(), "draft",
                draft.get("id").asString(), "event", event.get("id").asString(), "registration",
                registration.get("registrationId").asString(), "ticket", registration.get("ticketCode").asString());
    }

    @Override
    public MockMvc mvc() {
        return mvc;
    }

    @Override
    public Map<String, String> placeholders() {
        return ids;
    }

    @Override
    public RequestPostProcessor token(Caller caller) {
        return switch (caller) {
            case ADMIN -> admin();
            case EDITOR -> editor();
            // a reviewer whose token names no record in the pool, so that nothing but the role decides
            case REVIEWER -> TestTokens.token("reviewer1", null, null, "REVIEWER");
            case OTHER_SECRETARY -> secretaryOf(UUID.randomUUID());
        };
    }

    @Test
    void publicEndpointsNeedNoToken() throws Exception {
        String event = ids.get("event");
        mvc.perform(get("/api/events/public/events")).andExpect(status().isOk());
        mvc.perform(get("/api/events/public/events/" + event)).andExpect(status().isOk());
        mvc.perform(get("/api/events/public/academic-hall?year=2090")).andExpect(status().isOk());
        mvc.perform(get("/api/events/public/calendar.ics")).andExpect(status().isOk());
        mvc.perform(get("/api/events/public/societies/" + ids.get("society") + "/calendar.ics"))
                .andExpect(status().isOk());
        mvc.perform(signUp(event, "某某", "济宁", phone(43), null)).andExpect(status().isCreated());
        // a draft is not public, and neither is a link nobody was given
        mvc.perform(get("/api/events/public/events/" + ids.get("draft"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/events/public/registrations/not-a-secret")).andExpect(status().isNotFound());
    }
}
