package org.citycast.society;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.citycast.society.platform.TestClock;
import org.citycast.society.platform.TestInfrastructure;
import org.citycast.society.platform.TestKafka;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context every integration test of this service shares: the real application
 * against a real PostgreSQL and a real Kafka broker with every topic of the platform (see
 * {@link TestInfrastructure}: containers where an engine answers, else the local {@code society_test}
 * database, or the one named by {@code -Dtest.database}, and an embedded KRaft broker), with a
 * WireMock server on a free port standing in for the civil-affairs system's API and token endpoint,
 * and another in front of the real Keycloak (a proxy a test can make fail as if Keycloak were
 * down, without stopping the Keycloak others use). Keep test classes on this base and free of
 * context-changing annotations so the context is built once per test run.
 */
@SpringBootTest(properties = {
        "platform.outbox.resubmit-interval=PT1S",
        "spring.flyway.clean-disabled=false"})
@AutoConfigureMockMvc
@Import(ServiceTest.FreshSchema.class)
public abstract class ServiceTest {

    private static final TestInfrastructure INFRASTRUCTURE = TestInfrastructure.start(
            System.getProperty("test.database", "society_test"));

    /** Civil affairs' HTTP API and token endpoint; tests stub it per society, so it is never reset. */
    protected static final WireMockServer CIVIL_AFFAIRS = new WireMockServer(WireMockConfiguration.options()
            .dynamicPort());

    /** The running Keycloak (realm {@code society}) the accounts module provisions users in. */
    protected static final String KEYCLOAK_URL = System.getProperty("test.keycloak", "http://localhost:8180");

    /**
     * What the accounts module calls Keycloak through: a proxy to {@link #KEYCLOAK_URL}. A test that
     * stubs a fault at a higher priority makes Keycloak look down, and removes the stub to bring it back.
     */
    protected static final WireMockServer KEYCLOAK = new WireMockServer(WireMockConfiguration.options()
            .dynamicPort());

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        if (!KEYCLOAK.isRunning()) {
            KEYCLOAK.start();
            KEYCLOAK.stubFor(WireMock.any(WireMock.anyUrl()).atPriority(10)
                    .willReturn(WireMock.aResponse().proxiedFrom(KEYCLOAK_URL)));
            Runtime.getRuntime().addShutdownHook(new Thread(KEYCLOAK::stop));
        }
        registry.add("platform.accounts.keycloak-url", KEYCLOAK::baseUrl);
    }

    @DynamicPropertySource
    static void civilAffairs(DynamicPropertyRegistry registry) {
        if (!CIVIL_AFFAIRS.isRunning()) {
            CIVIL_AFFAIRS.start();
            Runtime.getRuntime().addShutdownHook(new Thread(CIVIL_AFFAIRS::stop));
        }
        registry.add("platform.civil-affairs.base-url", CIVIL_AFFAIRS::baseUrl);
        registry.add("platform.civil-affairs.token-uri", () -> CIVIL_AFFAIRS.baseUrl() + "/oauth2/token");
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected TestKafka broker;

    /** Moved by deadline tests; every test starts from the real time. */
    @Autowired
    protected TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    /** A request with a JSON body. */
    protected static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRASTRUCTURE.register(registry);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FreshSchema {

        /** The broker the tests publish to and read from. */
        @Bean
        TestKafka testKafka(ConfigurableApplicationContext context) {
            return INFRASTRUCTURE.kafkaFor(context);
        }

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

        /** Each test run starts from an empty schema built by the real migrations. */
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
