package org.citycast.publicity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.commons.support.ReflectionSupport;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A service's access rules as a table, endpoint by endpoint, and the checks every service runs on
 * it: without a token a call is 401 (unless the row is public); the civil-affairs client is 403
 * outside its own endpoints; each caller a row names gets what the row says, a refusal as exactly
 * that status in problem+json, {@link #ALLOWED} as anything but 401, 403 or a server error; and
 * every endpoint the service maps has a row, so a new endpoint fails here until someone says who
 * may call it. A service's {@code AccessRulesTests} implements this, lists its rows in a static
 * {@code rules()} method and says who its callers are.
 *
 * @param <C> the service's callers (e.g. ADMIN, the owning society's secretary, another's)
 */
public interface AccessRuleTable<C extends Enum<C>> {

    /** An answer that lets the caller through: anything but 401, 403 or a server error. */
    int ALLOWED = 0;
    /** A body sent as a multipart upload of {@link #upload()}. */
    String FILE = "<file>";

    /** Who may call at all, before any role is looked at. */
    enum Gate {
        /** Anyone signed in but the civil-affairs client. */
        SIGNED_IN,
        /** Anyone, without a token. */
        PUBLIC,
        /** The civil-affairs client. */
        CIVIL_AFFAIRS
    }

    /** A row: a call ({@code {name}} in path and body stands for {@link #placeholders()}' value) and the answers. */
    record Rule<C extends Enum<C>>(HttpMethod method, String path, String body, Gate gate, Map<C, Integer> answers) {

        public static <C extends Enum<C>> Rule<C> of(HttpMethod method, String path, String body) {
            return new Rule<>(method, path, body, Gate.SIGNED_IN, Map.<C, Integer>of());
        }

        /** These callers get {@code status} ({@link #ALLOWED} for anything but a refusal). */
        @SafeVarargs
        public final Rule<C> answer(int status, C... callers) {
            Map<C, Integer> all = new LinkedHashMap<>(answers);
            for (C caller : callers) {
                all.put(caller, status);
            }
            return new Rule<>(method, path, body, gate, all);
        }

        @SafeVarargs
        public final Rule<C> allow(C... callers) {
            return answer(ALLOWED, callers);
        }

        public Rule<C> through(Gate gate) {
            return new Rule<>(method, path, body, gate, answers);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    MockMvc mvc();

    RequestPostProcessor token(C caller);

    /** The values of the {@code {name}} placeholders in the rows' paths and bodies. */
    Map<String, String> placeholders();

    default MockMultipartFile upload() {
        return new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes());
    }

    /** A further look at an answer that let a caller through, e.g. that it shows nothing of another society's. */
    default void allowed(Rule<C> rule, C caller, MockHttpServletResponse answer) throws Exception {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    default void withoutATokenIsUnauthorizedUnlessPublic(Rule<C> rule) throws Exception {
        expect(rule, "no token", null, rule.gate() == Gate.PUBLIC ? ALLOWED : 401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    default void theCivilAffairsClientIsKeptToItsOwnEndpoints(Rule<C> rule) throws Exception {
        if (rule.gate() != Gate.PUBLIC) {
            expect(rule, "civil affairs", TestTokens.civilAffairs(), rule.gate() == Gate.CIVIL_AFFAIRS ? ALLOWED : 403);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    default void eachCallerGetsWhatTheRowSays(Rule<C> rule) throws Exception {
        for (Map.Entry<C, Integer> answer : rule.answers().entrySet()) {
            MockHttpServletResponse response = expect(rule, answer.getKey().name(), token(answer.getKey()),
                    answer.getValue());
            if (answer.getValue() < 400) {
                allowed(rule, answer.getKey(), response);
            }
        }
    }

    /** A new endpoint without a row fails here, and so does a row that calls no endpoint. */
    @Test
    default void everyEndpointHasARowAndEveryRowAnEndpoint() throws Exception {
        List<Rule<C>> rules = rules();
        List<Rule<C>> unused = new ArrayList<>(rules);
        List<String> unchecked = new ArrayList<>();
        RequestMappingHandlerMapping handlers = mvc().getDispatcherServlet().getWebApplicationContext()
                .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        handlers.getHandlerMethods().forEach((mapping, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.citycast")) {
                return;
            }
            for (String pattern : mapping.getPatternValues()) {
                PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
                for (RequestMethod method : mapping.getMethodsCondition().getMethods()) {
                    List<Rule<C>> calling = rules.stream().filter(rule -> rule.method().name().equals(method.name())
                            && parsed.matches(PathContainer.parsePath(fill(rule.path()).split("\\?")[0]))).toList();
                    if (calling.isEmpty()) {
                        unchecked.add(method + " " + pattern);
                    }
                    unused.removeAll(calling);
                }
            }
        });
        assertThat(unchecked).as("endpoints without a row in " + getClass().getSimpleName()).isEmpty();
        assertThat(unused).as("rows that call no endpoint").isEmpty();
    }

    /** The rows of the implementing class's static {@code rules()}. */
    @SuppressWarnings("unchecked")
    private List<Rule<C>> rules() throws Exception {
        Method rules = ReflectionSupport.findMethod(getClass(), "rules").orElseThrow();
        rules.setAccessible(true);
        return ((Stream<Rule<C>>) rules.invoke(null)).toList();
    }

    private MockHttpServletResponse expect(Rule<C> rule, String who, RequestPostProcessor token, int status)
            throws Exception {
        String path = fill(rule.path());
        AbstractMockHttpServletRequestBuilder<?> call;
        if (FILE.equals(rule.body())) {
            call = multipart(rule.method(), path).file(upload());
        } else {
            call = request(rule.method(), path);
            if (rule.body() != null) {
                call.contentType(MediaType.APPLICATION_JSON).content(fill(rule.body()));
            }
        }
        if (token != null) {
            call.with(token);
        }
        MockHttpServletResponse response = mvc().perform(call).andReturn().getResponse();
        String answer = response.getContentAsString();
        String as = rule + " as " + who + ": " + answer.substring(0, Math.min(answer.length(), 300));
        if (status == ALLOWED) {
            assertThat(response.getStatus()).as(as).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(response.getStatus()).as(as).isEqualTo(status);
        }
        if (status >= 400) {
            assertThat(response.getContentType()).as(as).isNotNull();
            assertThat(MediaType.parseMediaType(response.getContentType())
                    .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(as + " is problem+json").isTrue();
        }
        return response;
    }

    private String fill(String text) {
        String filled = text;
        for (Map.Entry<String, String> value : placeholders().entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }
}
