package org.citycast.expert.access;

import static org.citycast.expert.platform.TestTokens.admin;
import static org.citycast.expert.platform.TestTokens.civilAffairs;
import static org.citycast.expert.platform.TestTokens.editor;
import static org.citycast.expert.platform.TestTokens.expert;
import static org.citycast.expert.platform.TestTokens.reviewer;
import static org.citycast.expert.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.assertj.core.api.Assertions;
import org.citycast.expert.Fixtures;
import org.citycast.expert.ServiceTest;
import org.citycast.expert.award.AwardYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what, endpoint by endpoint. Every row names the callers that must be refused and
 * how: 403 for a role without the right or a write to what is not theirs, 404 for an object they
 * may not know of (another society's, a nomination a reviewer is not assigned to or recused from,
 * another expert's proposal). No token is 401 everywhere but the public notice; the civil-affairs
 * client is 403 everywhere. Every refusal is problem+json and every body is valid, so that only
 * the rule can refuse. What the allowed callers get is tested with each feature.
 */
class AccessRulesTests extends ServiceTest {

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

    static final String MULTIPART = "multipart";

    record Endpoint(HttpMethod method, String path, String body, Map<Caller, Integer> refused, boolean isPublic) {

        Endpoint deny(int status, Caller... callers) {
            Map<Caller, Integer> all = new EnumMap<>(Caller.class);
            all.putAll(refused);
            for (Caller caller : callers) {
                all.put(caller, status);
            }
            return new Endpoint(method, path, body, all, isPublic);
        }

        Endpoint adminOnly() {
            return deny(403, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.REVIEWER, Caller.EXPERT,
                    Caller.EXPERT_OTHER, Caller.EDITOR);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Endpoint row(HttpMethod method, String path, String body) {
        return new Endpoint(method, path, body, Map.of(), false);
    }

    static Endpoint open(HttpMethod method, String path, String body) {
        return new Endpoint(method, path, body, Map.of(), true);
    }

    static final HttpMethod GET = HttpMethod.GET;
    static final HttpMethod POST = HttpMethod.POST;
    static final HttpMethod PUT = HttpMethod.PUT;

    static final String REASON = "{\"reason\":\"理由\"}";

    static Stream<Endpoint> endpoints() {
        String profile = Fixtures.profile("权限测试", "济宁学院", "FULL_SENIOR", "SCIENCE", "13805379999",
                "370802198001011234", UUID.fromString("00000000-0000-4000-8000-00000000000a"));
        return Stream.of(
                // pools
                row(GET, "/api/experts", null),
                row(GET, "/api/experts/export.xlsx", null),
                row(GET, "/api/experts/pools", null),
                row(POST, "/api/experts/import", MULTIPART).adminOnly(),
                row(GET, "/api/experts/{candidate}", null)
                        .deny(404, Caller.SECRETARY_OTHER, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(GET, "/api/experts/{candidate}/history", null)
                        .deny(404, Caller.SECRETARY_OTHER, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(PUT, "/api/experts/{expert}", profile)
                        .deny(403, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.REVIEWER, Caller.EXPERT_OTHER,
                                Caller.EDITOR),
                row(PUT, "/api/experts/{expert}/committee", "{\"committeeMember\":true}").adminOnly(),
                row(POST, "/api/experts/{expert}/pools/SCI_TECH/leaving", REASON)
                        .deny(403, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.REVIEWER, Caller.EXPERT_OTHER,
                                Caller.EDITOR),
                row(POST, "/api/experts/{expert}/pools/SCI_TECH/removal", REASON).adminOnly(),
                row(POST, "/api/experts/nominations", "{\"pool\":\"SCI_TECH\",\"societyId\":\"{society}\",\"expert\":"
                        + profile + "}")
                        .deny(403, Caller.SECRETARY_OTHER, Caller.REVIEWER, Caller.EXPERT, Caller.EXPERT_OTHER,
                                Caller.EDITOR),
                row(GET, "/api/experts/nominations", null).deny(403, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(GET, "/api/experts/nominations/{poolNomination}", null)
                        .deny(404, Caller.SECRETARY_OTHER, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(POST, "/api/experts/nominations/{poolNomination}/votes", "{\"approve\":true}")
                        .deny(403, Caller.ADMIN, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EXPERT,
                                Caller.EXPERT_OTHER, Caller.EDITOR),
                row(POST, "/api/experts/nominations/{poolNomination}/decision", "{\"admit\":false,\"reason\":\"x\"}")
                        .adminOnly(),
                row(POST, "/api/experts/nominations/{poolNomination}/withdrawal", null)
                        .deny(404, Caller.SECRETARY_OTHER)
                        .deny(403, Caller.REVIEWER, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(GET, "/api/experts/stats", null).adminOnly(),
                // proposals
                row(POST, "/api/experts/proposals", "{\"title\":\"t\",\"summary\":\"s\",\"topic\":\"x\"}")
                        .deny(403, Caller.ADMIN, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EXPERT_OTHER,
                                Caller.EDITOR),
                row(GET, "/api/experts/proposals", null)
                        .deny(403, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EDITOR),
                row(GET, "/api/experts/proposals/{proposal}", null)
                        .deny(404, Caller.REVIEWER, Caller.EXPERT_OTHER)
                        .deny(403, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EDITOR),
                row(POST, "/api/experts/proposals/{proposal}/attachments", MULTIPART)
                        .deny(404, Caller.REVIEWER, Caller.EXPERT_OTHER)
                        .deny(403, Caller.ADMIN, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EDITOR),
                row(GET, "/api/experts/proposals/{proposal}/attachments/{random}", null)
                        .deny(404, Caller.REVIEWER, Caller.EXPERT_OTHER)
                        .deny(403, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EDITOR),
                row(POST, "/api/experts/proposals/{proposal}/forwarding", "{\"forwardedTo\":\"市委办公室\"}").adminOnly(),
                row(POST, "/api/experts/proposals/{proposal}/feedback", "{\"feedback\":\"f\",\"adoption\":\"ADOPTED\"}")
                        .adminOnly(),
                // awards
                row(POST, "/api/awards/programmes", """
                        {"year":2026,"kind":"OUTSTANDING_WORKER","name":"越权创建",
                         "classes":[{"code":"WORKER","name":"优秀科技工作者","quota":30}],
                         "rubric":[{"code":"merit","name":"业绩","maxScore":100}]}""").adminOnly(),
                row(GET, "/api/awards/programmes", null),
                row(GET, "/api/awards/programmes/{programme}", null),
                row(POST, "/api/awards/programmes/{programme}/stage", "{\"stage\":\"INITIAL_CHECK\"}").adminOnly(),
                row(POST, "/api/awards/programmes/{programme}/nominations", """
                        {"societyId":"{society}","candidateName":"越权","candidateEmployer":"某单位","workTitle":"某成果",
                         "category":"SCIENCE"}""")
                        .deny(403, Caller.SECRETARY_OTHER, Caller.REVIEWER, Caller.EXPERT, Caller.EXPERT_OTHER,
                                Caller.EDITOR),
                row(GET, "/api/awards/programmes/{programme}/nominations", null)
                        .deny(403, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(GET, "/api/awards/programmes/{programme}/nominations/export.xlsx", null)
                        .deny(403, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(GET, "/api/awards/programmes/{programme}/ranking", null).adminOnly(),
                row(GET, "/api/awards/programmes/{programme}/results.xlsx", null).adminOnly(),
                row(POST, "/api/awards/programmes/{programme}/assignments", "{}").adminOnly(),
                row(GET, "/api/awards/programmes/{programme}/conflicts", null).adminOnly(),
                row(GET, "/api/awards/nominations/{nomination}", null)
                        .deny(404, Caller.SECRETARY_OTHER, Caller.REVIEWER)
                        .deny(403, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(POST, "/api/awards/nominations/{nomination}/withdrawal", null)
                        .deny(404, Caller.SECRETARY_OTHER)
                        .deny(403, Caller.REVIEWER, Caller.EXPERT, Caller.EXPERT_OTHER, Caller.EDITOR),
                row(POST, "/api/awards/nominations/{nomination}/outcomes", "{\"stage\":\"INITIAL_CHECK\",\"passed\":true}")
                        .adminOnly(),
                row(PUT, "/api/awards/nominations/{nomination}/reviewers", "{\"reviewerIds\":[]}").adminOnly(),
                row(POST, "/api/awards/nominations/{nomination}/conflicts", REASON)
                        .deny(404, Caller.REVIEWER)
                        .deny(403, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EXPERT, Caller.EXPERT_OTHER,
                                Caller.EDITOR),
                row(PUT, "/api/awards/nominations/{nomination}/review",
                        "{\"scores\":{\"innovation\":1,\"impact\":1,\"rigour\":1}}")
                        .deny(404, Caller.REVIEWER)
                        .deny(403, Caller.ADMIN, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EXPERT,
                                Caller.EXPERT_OTHER, Caller.EDITOR),
                row(GET, "/api/awards/nominations/{nomination}/reviews", null)
                        .deny(404, Caller.REVIEWER)
                        .deny(403, Caller.SECRETARY, Caller.SECRETARY_OTHER, Caller.EXPERT, Caller.EXPERT_OTHER,
                                Caller.EDITOR),
                row(GET, "/api/awards/objections?programmeId={programme}", null).adminOnly(),
                row(POST, "/api/awards/objections/{random}/answer", "{\"upheld\":false,\"answer\":\"答复的内容\"}")
                        .adminOnly(),
                // the public notice: no login
                open(GET, "/api/awards/public/notices", null),
                open(GET, "/api/awards/public/notices/{programme}", null),
                open(POST, "/api/awards/public/notices/{programme}/objections", """
                        {"nominationId":"{nomination}","name":"公众","phone":"13705370001","content":"公示期外的异议，应被拒绝。"}"""),
                open(GET, "/api/awards/public/objections/GS20260101-AAAAAA", null));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutATokenIsUnauthorizedUnlessPublic(Endpoint endpoint) throws Exception {
        int status = mvc.perform(call(endpoint)).andReturn().getResponse().getStatus();
        if (endpoint.isPublic()) {
            Assertions.assertThat(status).as(endpoint.toString()).isNotIn(401, 403);
        } else {
            mvc.perform(call(endpoint))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void callersWithoutTheRightAreRefused(Endpoint endpoint) throws Exception {
        for (Map.Entry<Caller, Integer> refused : endpoint.refused().entrySet()) {
            int status = mvc.perform(call(endpoint).with(token(refused.getKey()))).andReturn().getResponse()
                    .getStatus();
            Assertions.assertThat(status).as(endpoint + " as " + refused.getKey()).isEqualTo(refused.getValue());
            mvc.perform(call(endpoint).with(token(refused.getKey())))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void theCivilAffairsClientIsForbiddenEverywhereButThePublicNotice(Endpoint endpoint) throws Exception {
        if (endpoint.isPublic()) {
            return;
        }
        mvc.perform(call(endpoint).with(civilAffairs()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private RequestPostProcessor token(Caller caller) {
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

    private AbstractMockHttpServletRequestBuilder<?> call(Endpoint endpoint) {
        String path = endpoint.path();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        if (MULTIPART.equals(endpoint.body())) {
            return multipart(path).file(new MockMultipartFile("file", "a.pdf", "application/pdf",
                    "%PDF-1.4".getBytes()));
        }
        var builder = request(endpoint.method(), path);
        if (endpoint.body() != null) {
            String body = endpoint.body();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                body = body.replace("{" + id.getKey() + "}", id.getValue());
            }
            builder.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return builder;
    }
}
