package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Every service's OpenAPI document, as the running platform serves it, passes a third-party
 * linter (Redocly CLI, its recommended rules) without errors, and tells a client how to sign in.
 */
class ApiDocumentsIT {

    static final String REDOCLY = "@redocly/cli@2.77.0";
    static final Map<String, Integer> SERVICES = Map.of("society", 8081, "funding", 8082, "expert", 8083, "event", 8084,
            "publicity", 8085);

    @Test
    void everyServicesDocumentLintsCleanAndDeclaresKeycloakSignIn() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/api-docs"));
        List<String> files = new ArrayList<>();
        for (var service : SERVICES.entrySet()) {
            Platform.Response document = Platform.getDirect("http://localhost:" + service.getValue(), "/v3/api-docs", null);
            assertThat(document.status()).as(service.getKey()).isEqualTo(200);
            JsonNode body = document.body();
            assertThat(body.at("/info/title").asString()).as(service.getKey() + " names itself")
                    .isNotEqualTo("OpenAPI definition");
            assertThat(body.at("/components/securitySchemes/keycloak/flows/authorizationCode/authorizationUrl").asString())
                    .contains("/realms/society/protocol/openid-connect/auth");
            assertThat(body.at("/components/securitySchemes/keycloak/flows/clientCredentials/tokenUrl").asString())
                    .contains("/realms/society/protocol/openid-connect/token");
            assertThat(body.at("/servers/0/url").asString()).isEqualTo(Platform.GATEWAY);
            Path file = dir.resolve(service.getKey() + ".json");
            Files.writeString(file, document.raw());
            files.add(file.toString());
        }

        List<String> command = new ArrayList<>(List.of("npx", "--yes", REDOCLY, "lint", "--format=summary"));
        command.addAll(files);
        Process lint = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes());
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).isTrue();
        System.out.println(output);
        assertThat(lint.exitValue()).as(output).isZero();
    }
}
