package org.citycast.publicity;

import org.citycast.publicity.platform.TestClock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one Spring context every integration test of this service shares: the real application
 * against a real PostgreSQL (the local {@code publicity_test} database, or the one named by
 * {@code -Dtest.database}, or a Testcontainers one where Docker is present and
 * {@code USE_TESTCONTAINERS=true}) and a real, embedded KRaft Kafka broker with every topic of the
 * platform. Keep test classes on this base and free of context-changing annotations so the
 * context is built once per test run.
 */
@SpringBootTest(properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "platform.outbox.resubmit-interval=PT1S",
        "spring.flyway.clean-disabled=false"})
@AutoConfigureMockMvc
@Import(ServiceTest.FreshSchema.class)
@EmbeddedKafka(partitions = 1, topics = {"society.events", "society.events.DLT", "funding.events", "funding.events.DLT",
        "expert.events", "expert.events.DLT", "event.events", "event.events.DLT"})
public abstract class ServiceTest {

    private static final PostgreSQLContainer CONTAINER = "true".equals(System.getenv("USE_TESTCONTAINERS"))
            ? new PostgreSQLContainer("postgres:15-alpine")
            : null;

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
    static void database(DynamicPropertyRegistry registry) {
        if (CONTAINER == null) {
            registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:5432/"
                    + System.getProperty("test.database", "publicity_test"));
            return;
        }
        CONTAINER.start();
        registry.add("spring.datasource.url", CONTAINER::getJdbcUrl);
        registry.add("spring.datasource.username", CONTAINER::getUsername);
        registry.add("spring.datasource.password", CONTAINER::getPassword);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FreshSchema {

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
