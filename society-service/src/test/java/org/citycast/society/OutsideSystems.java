package org.citycast.society;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The systems outside the platform that society-service calls, as its tests reach them: a WireMock
 * server on a free port standing in for the civil-affairs system's API and token endpoint, and another
 * in front of the real Keycloak (a proxy a test can make fail as if Keycloak were down, without stopping
 * the Keycloak others use).
 */
public final class OutsideSystems {

    /** Civil affairs' HTTP API and token endpoint; tests stub it per society, so it is never reset. */
    public static final WireMockServer CIVIL_AFFAIRS = new WireMockServer(WireMockConfiguration.options()
            .dynamicPort());

    /** The running Keycloak (realm {@code society}) the accounts module provisions users in. */
    public static final String KEYCLOAK_URL = System.getProperty("test.keycloak", "http://localhost:8180");

    /**
     * What the accounts module calls Keycloak through: a proxy to {@link #KEYCLOAK_URL}. A test that
     * stubs a fault at a higher priority makes Keycloak look down, and removes the stub to bring it back.
     */
    public static final WireMockServer KEYCLOAK = new WireMockServer(WireMockConfiguration.options()
            .dynamicPort());

    private OutsideSystems() {
    }

    /** Starts both servers once per test run and points the service at them. */
    static void register(DynamicPropertyRegistry registry) {
        if (!KEYCLOAK.isRunning()) {
            KEYCLOAK.start();
            KEYCLOAK.stubFor(WireMock.any(WireMock.anyUrl()).atPriority(10)
                    .willReturn(WireMock.aResponse().proxiedFrom(KEYCLOAK_URL)));
            Runtime.getRuntime().addShutdownHook(new Thread(KEYCLOAK::stop));
        }
        registry.add("platform.accounts.keycloak-url", KEYCLOAK::baseUrl);
        if (!CIVIL_AFFAIRS.isRunning()) {
            CIVIL_AFFAIRS.start();
            Runtime.getRuntime().addShutdownHook(new Thread(CIVIL_AFFAIRS::stop));
        }
        registry.add("platform.civil-affairs.base-url", CIVIL_AFFAIRS::baseUrl);
        registry.add("platform.civil-affairs.token-uri", () -> CIVIL_AFFAIRS.baseUrl() + "/oauth2/token");
    }
}
