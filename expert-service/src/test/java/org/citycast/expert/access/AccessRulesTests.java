package org.citycast.expert.access;

import static org.citycast.expert.platform.TestTokens.admin;
import static org.citycast.expert.platform.TestTokens.editor;
import static org.citycast.expert.platform.TestTokens.expert;
import static org.citycast.expert.platform.TestTokens.reviewer;
import static org.citycast.expert.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.citycast.expert.Fixtures;
import org.citycast.expert.ServiceTest;
import org.citycast.expert.award.AwardYear;
import org.citycast.expert.platform.AccessRuleTable;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may do what, endpoint by endpoint (the checks are the template's {@link AccessRuleTable}).
 * Every row names the callers that must be refused and how: 403 for a role without the right or a
 * write to what is not theirs, 404 for an object they may not know of (another society's, a
 * nomination a reviewer is not assigned to or recused from, another expert's proposal); every other
 * caller gets through on a read. Every body is valid, so that only the rule can refuse.
 */
class AccessRulesTests extends ServiceTest implements AccessRuleTable<AccessRulesTests.Caller> {

    enum Caller {
        /** the secretary of the society that owns the objects */
        SECRETARY,
        SECRETARY_OTHER,
        /** a committee member, not assigned to the award nomination */
        REVIEWER,
        /** the expert who owns the profile and the proposal */
        EXPERT,
        EXPERT_OTHER,
        EDITOR,
        ADMIN
    }

    static final Caller[] NOT_ADMIN = {Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.REVIEWER, Caller.EXPERT,
            Caller.EXPERT_OTHER, Caller.EDITOR};

    static Rule<Caller> row(HttpMethod method, String path, String body) {
        return Rule.of(method, path, body);
    }

    static Rule<Caller> open(HttpMethod method, String path, String body) {
        return Rule.<Caller>of(method, path, body).through(Gate.PUBLIC);
    }

    /**
     * On a read, a caller the row does not refuse gets through. Writes are checked for refusals only:
     * the rows share one set of objects, which an allowed write would move on (a stage, an assignment).
     */
    static Rule<Caller> othersAllowed(Rule<Caller> rule) {
        if (rule.gate() == Gate.PUBLIC || rule.method() != HttpMethod.GET) {
            return rule;
        }
        return rule.allow(Stream.of(Caller.values()).filter(caller -> !rule.answers().containsKey(caller))
                .toArray(Caller[]::new));
    }

    static final HttpMethod GET = HttpMethod.GET;
    static final HttpMethod POST = HttpMethod.POST;
    static final HttpMethod PUT = HttpMethod.PUT;

    static final String REASON = "{\"reason\":\"理由\"}";

    static Stream<Rule<Caller>> rules() {
        String profile = Fixtures.profile("权限测试", "济宁学院", "FULL_SENIOR", "SCIENCE", "13805379999",
                "370802198001011234", UUID.fromString("00000000-0000-4000-8000-00000000000a"));
        return Stream.of(
                // pools
                row(GET, "/api/experts", null),
                row(GET, "/api/experts/export.xlsx", null),
                row(GET, "/api/experts/pools", null),
                row(POST, "/api/experts/import", FILE).answer(403, NOT_ADMIN),
                row(GET, "/api/experts/{candidate}", null)
                        .answer(404, Caller.SECRETARY_OTHER, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(GET, "/api/experts/{candidate}/history", null)
                        .answer(404, Caller.SECRETARY_OTHER, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(PUT, "/api/experts/{expert}", profile)
                        .answer(403, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.REVIEWER, Caller.EXPERT_OTHER,
                                Caller.EDITOR),
                row(PUT, "/api/experts/{expert}/committee", "{\"committeeMember\":true}").answer(403, NOT_ADMIN),
                row(POST, "/api/experts/{expert}/pools/SCI_TECH/leaving", REASON)
                        .answer(403, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.REVIEWER, Caller.EXPERT_OTHER,
                                Caller.EDITOR),
                row(POST, "/api/experts/{expert}/pools/SCI_TECH/removal", REASON).answer(403, NOT_ADMIN),
                row(POST, "/api/experts/nominations", "{\"pool\":\"SCI_TECH\",\"societyId\":\"{society}\",\"expert\":"
                        + profile + "}")
                        .answer(403, Caller.SECRETARY_OTHER, Caller.REVIEWER, Caller.EXPERT, Caller.EXPERT_OTHER,
                                Caller.EDITOR),
                row(GET, "/api/experts/nominations", null).answer(403, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(GET, "/api/experts/nominations/{poolNomination}", null)
                        .answer(404, Caller.SECRETARY_OTHER, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(POST, "/api/experts/nominations/{poolNomination}/votes", "{\"approve\":true}")
                        .answer(403, Caller.ADMIN, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EXPERT,
                                Caller.EXPERT_OTHER, Caller.EDITOR),
                row(POST, "/api/experts/nominations/{poolNomination}/decision", "{\"admit\":false,\"reason\":\"x\"}")
                        .answer(403, NOT_ADMIN),
                row(POST, "/api/experts/nominations/{poolNomination}/withdrawal", null)
                        .answer(404, Caller.SECRETARY_OTHER)
                        .answer(403, Caller.REVIEWER, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(GET, "/api/experts/stats", null).answer(403, NOT_ADMIN),
                // proposals
                row(POST, "/api/experts/proposals", "{\"title\":\"t\",\"summary\":\"s\",\"topic\":\"x\"}")
                        .answer(403, Caller.ADMIN, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EXPERT_OTHER,
                                Caller.EDITOR),
                row(GET, "/api/experts/proposals", null)
                        .answer(403, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EDITOR),
                row(GET, "/api/experts/proposals/{proposal}", null)
                        .answer(404, Caller.REVIEWER, Caller.EXPERT_OTHER)
                        .answer(403, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EDITOR),
                row(POST, "/api/experts/proposals/{proposal}/attachments", FILE)
                        .answer(404, Caller.REVIEWER, Caller.EXPERT_OTHER)
                        .answer(403, Caller.ADMIN, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EDITOR),
                row(GET, "/api/experts/proposals/{proposal}/attachments/{random}", null)
                        .answer(404, Caller.REVIEWER, Caller.EXPERT_OTHER)
                        .answer(403, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EDITOR),
                row(POST, "/api/experts/proposals/{proposal}/forwarding", "{\"forwardedTo\":\"市委办公室\"}").answer(403, NOT_ADMIN),
                row(POST, "/api/experts/proposals/{proposal}/feedback", "{\"feedback\":\"f\",\"adoption\":\"ADOPTED\"}")
                        .answer(403, NOT_ADMIN),
                // awards
                row(POST, "/api/awards/programmes", """
                        {"year":2026,"kind":"OUTSTANDING_WORKER","name":"越权创建",
                         "classes":[{"code":"WORKER","name":"优秀科技工作者","quota":30}],
                         "rubric":[{"code":"merit","name":"业绩","maxScore":100}]}""").answer(403, NOT_ADMIN),
                row(GET, "/api/awards/programmes", null),
                row(GET, "/api/awards/programmes/{programme}", null),
                row(POST, "/api/awards/programmes/{programme}/stage", "{\"stage\":\"INITIAL_CHECK\"}").answer(403, NOT_ADMIN),
                row(POST, "/api/awards/programmes/{programme}/nominations", """
                        {"societyId":"{society}","candidateName":"越权","candidateEmployer":"某单位","workTitle":"某成果",
                         "category":"SCIENCE"}""")
                        .answer(403, Caller.SECRETARY_OTHER, Caller.REVIEWER, Caller.EXPERT, Caller.EXPERT_OTHER,
                                Caller.EDITOR),
                row(GET, "/api/awards/programmes/{programme}/nominations", null)
                        .answer(403, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(GET, "/api/awards/programmes/{programme}/nominations/export.xlsx", null)
                        .answer(403, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(GET, "/api/awards/programmes/{programme}/ranking", null).answer(403, NOT_ADMIN),
                row(GET, "/api/awards/programmes/{programme}/results.xlsx", null).answer(403, NOT_ADMIN),
                row(POST, "/api/awards/programmes/{programme}/assignments", "{}").answer(403, NOT_ADMIN),
                row(GET, "/api/awards/programmes/{programme}/conflicts", null).answer(403, NOT_ADMIN),
                row(GET, "/api/awards/nominations/{nomination}", null)
                        .answer(404, Caller.SECRETARY_OTHER, Caller.REVIEWER)
                        .answer(403, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(POST, "/api/awards/nominations/{nomination}/withdrawal", null)
                        .answer(404, Caller.SECRETARY_OTHER)
                        .answer(403, Caller.REVIEWER, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(POST, "/api/awards/nominations/{nomination}/outcomes", "{\"stage\":\"INITIAL_CHECK\",\"passed\":true}")
                        .answer(403, NOT_ADMIN),
                row(PUT, "/api/awards/nominations/{nomination}/reviewers", "{\"reviewerIds\":[]}").answer(403, NOT_ADMIN),
                row(POST, "/api/awards/nominations/{nomination}/conflicts", REASON)
                        .answer(404, Caller.REVIEWER)
                        .answer(403, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EXPERT, Caller.EXPERT_OTHER,
                                Caller.EDITOR),
                row(PUT, "/api/awards/nominations/{nomination}/review",
                        "{\"scores\":{\"innovation\":1,\"impact\":1,\"rigour\":1}}")
                        .answer(404, Caller.REVIEWER)
                        .answer(403, Caller.ADMIN, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EXPERT,
                                Caller.EXPERT_OTHER, Caller.EDITOR),
                row(GET, "/api/awards/nominations/{nomination}/reviews", null)
                        .answer(404, Caller.REVIEWER)
                        .answer(403, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EXPERT, Caller.EXPERT_OTHER,
                                Caller.EDITOR),
                row(GET, "/api/awards/objections?programmeId={programme}", null).answer(403, NOT_ADMIN),
                row(POST, "/api/awards/objections/{random}/answer", "{\"upheld\":false,\"answer\":\"答复的内容\"}")
                        .answer(403, NOT_ADMIN),
                row(GET, "/api/experts/dead-letters", null).answer(403, NOT_ADMIN),
                row(POST, "/api/experts/dead-letters/society.events.DLT/0/0/replay", null).answer(403, NOT_ADMIN),
                // the public notice: no login
                open(GET, "/api/awards/public/notices", null),
                open(GET, "/api/awards/public/notices/{programme}", null),
                open(POST, "/api/awards/public/notices/{programme}/objections", """
                        {"nominationId":"{nomination}","name":"公众","phone":"13705370001","content":"公示期外的异议，应被拒绝。"}"""),
                open(GET, "/api/awards/public/objections/GS20260101-AAAAAA", null))
                .map(AccessRulesTests::othersAllowed);
    }

    static Map<String, String> ids;

    @BeforeEach
    void objectsOfOneSociety() throws Exception {
        if (ids != null) {
            return;
        }
        Fixtures fixtures = new Fixtures(mvc, json, jdbc);
        UUID society = fixtures.society("济宁市权限学会");
        UUID expert = fixtures.admittedExpert("权限专家", "济宁市权限医院", "SCIENCE", society, "SCI_TECH");
        UUID reviewer = fixtures.committeeMember("权限评审", "济宁市评审单位", "SCIENCE");
        var nomination = fixtures.body(mvc.perform(post("/api/experts/nominations").with(secretaryOf(society))
                .contentType(MediaType.APPLICATION_JSON).content("{\"pool\":\"SCI_TECH\",\"expert\":" + Fixtures.profile(
                        "权限候选", "济宁学院", "FULL_SENIOR", "SCIENCE", "13805378888", Fixtures.idNumber()) + "}"))
                .andReturn().getResponse().getContentAsString());
        AwardYear year = new AwardYear(mvc, json);
        UUID programme = year.programme("权限", 1, "P7D");
        UUID awardNomination = year.nominate(programme, society, "权限候选人", "济宁市某单位", "SCIENCE");
        var proposal = fixtures.body(mvc.perform(post("/api/experts/proposals").with(expert(expert))
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"建议\",\"summary\":\"摘要\",\"topic\":\"主题\"}"))
                .andReturn().getResponse().getContentAsString());
        ids = Map.of("society", society.toString(), "expert", expert.toString(), "reviewer", reviewer.toString(),
                "candidate", nomination.get("expert").get("id").asString(),
                "poolNomination", nomination.get("id").asString(), "programme", programme.toString(),
                "nomination", awardNomination.toString(), "proposal", proposal.get("id").asString(),
                "random", UUID.randomUUID().toString());
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
            case SECRETARY -> secretaryOf(UUID.fromString(ids.get("society")));
            case SECRETARY_OTHER -> secretaryOf(UUID.randomUUID());
            case REVIEWER -> reviewer(UUID.fromString(ids.get("reviewer")));
            case EXPERT -> expert(UUID.fromString(ids.get("expert")));
            case EXPERT_OTHER -> expert(UUID.randomUUID());
            case EDITOR -> editor();
            case ADMIN -> admin();
        };
    }
}
