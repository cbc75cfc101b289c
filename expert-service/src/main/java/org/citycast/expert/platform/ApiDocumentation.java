package org.citycast.expert.platform;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The service's OpenAPI document as a client needs it: who it is and its version, the gateway as
 * server, sign-in through Keycloak (authorisation code with PKCE for people, client credentials
 * for the civil-affairs system), a summary per operation and the problem responses it can give.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String SECURITY = "keycloak";
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Bean
    OpenAPI apiDocument(@Value("${platform.api.title}") String title,
            @Value("${platform.api.description}") String description,
            @Value("${platform.api.gateway-url:http://localhost:8080}") String gateway,
            @Value("${platform.api.realm-url:http://localhost:8180/realms/society}") String realm,
            ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
        String openIdConnect = realm + "/protocol/openid-connect";
        var flows = new OAuthFlows()
                .authorizationCode(new OAuthFlow().authorizationUrl(openIdConnect + "/auth")
                        .tokenUrl(openIdConnect + "/token").scopes(new Scopes()))
                .clientCredentials(new OAuthFlow().tokenUrl(openIdConnect + "/token")
                        .scopes(new Scopes()));
        return new OpenAPI()
                .info(new Info().title(title).description(description).version(version)
                        .license(new License().name("Proprietary: the city Association for Science and Technology")))
                .servers(List.of(new Server().url(gateway).description("the platform's gateway")))
                .components(new Components()
                        .addSecuritySchemes(SECURITY, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                                .description("Keycloak realm `society`").flows(flows))
                        .addSchemas("Problem", problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(SECURITY));
    }

    /** Every operation gets a summary (its handler's name in words unless it declares one) and its problem answers. */
    @Bean
    OperationCustomizer summariesAndProblems() {
        return (operation, handler) -> {
            if (!StringUtils.hasText(operation.getSummary())) {
                operation.setSummary(words(handler.getMethod().getName()));
            }
            var responses = operation.getResponses();
            boolean write = isWrite(handler);
            Map<String, String> problems = new LinkedHashMap<>();
            problems.put("400", "Invalid request: the problem's errors name each rejected field");
            problems.put("401", "No valid bearer token");
            problems.put("403", "The caller's role or society may not do this");
            problems.put("404", "Not found, or not the caller's to see");
            if (write) {
                problems.put("409", "The rules forbid this step now; the detail says why");
            }
            problems.forEach((status, text) -> {
                if (!responses.containsKey(status)) {
                    responses.addApiResponse(status, new ApiResponse().description(text).content(new Content()
                            .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
                }
            });
            return operation;
        };
    }

    private static boolean isWrite(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && Arrays.stream(mapping.method()).anyMatch(method -> method != RequestMethod.GET);
    }

    /** {@code registerSociety} becomes "Register society". */
    static String words(String methodName) {
        String spaced = methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static Schema<Object> problemSchema() {
        Schema<Object> fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the rejected field, e.g. rows[3].creditCode"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldProblem));
    }
}
