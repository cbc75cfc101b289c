package org.citycast.funding;

import org.citycast.funding.platform.TestClock;
import org.citycast.funding.platform.TestInfrastructure;
import org.citycast.funding.platform.TestKafka;
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
 * {@link TestInfrastructure}: containers where an engine answers, else the local {@code funding_test}
 * database, or the one named by {@code -Dtest.database}, and an embedded KRaft broker). Keep test
 * classes on this base and free of context-changing annotations so the context is built once per
 * test run.
 */
@SpringBootTest(properties = {
        "platform.outbox.resubmit-interval=PT1S",
        "spring.flyway.clean-disabled=false"})
@AutoConfigureMockMvc
@Import(ServiceTest.FreshSchema.class)
public abstract class ServiceTest {

    private static final TestInfrastructure INFRASTRUCTURE = TestInfrastructure.start(
            System.getProperty("test.database", "funding_test"));

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
