package org.citycast.event.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startable;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The PostgreSQL and Kafka broker a service's integration tests run against, one of each per test
 * JVM, shared by every test class ({@code ServiceTest} holds it). Where a container engine answers
 * (Docker, or Podman's Docker-compatible API named by {@code DOCKER_HOST}), both run in containers
 * from the images {@code deploy/images/build} makes; elsewhere the tests use this machine's
 * PostgreSQL (deploy/local/up) and a KRaft broker embedded in the test JVM.
 * {@code -Dtest.containers=false} takes the second path where an engine answers too. The run
 * prints which path it took.
 */
public final class TestInfrastructure {

    /** Built by deploy/images/build; each behaves as the official image its Testcontainers module expects. */
    static final DockerImageName POSTGRES = DockerImageName.parse("localhost/society/postgres:15")
            .asCompatibleSubstituteFor("postgres");
    static final DockerImageName KAFKA = DockerImageName.parse("localhost/society/kafka:4.1")
            .asCompatibleSubstituteFor("apache/kafka");

    /** Every topic of the platform, one partition each: tests read a topic in the order it was written. */
    static final String[] TOPICS = {"society.events", "society.events.DLT", "funding.events", "funding.events.DLT",
            "expert.events", "expert.events.DLT", "event.events", "event.events.DLT"};

    private static final List<TestInfrastructure> STARTED = new ArrayList<>();

    private final Map<String, String> datasource;
    private final TestKafka kafka;
    private final Runnable stop;
    private final List<ConfigurableApplicationContext> users = new ArrayList<>();

    private TestInfrastructure(Map<String, String> datasource, TestKafka kafka, Runnable stop) {
        this.datasource = datasource;
        this.kafka = kafka;
        this.stop = stop;
    }

    /** Starts the infrastructure; {@code localDatabase} is the database used where no engine answers. */
    public static synchronized TestInfrastructure start(String localDatabase) {
        TestInfrastructure started;
        if ("false".equals(System.getProperty("test.containers"))) {
            started = local(localDatabase, "-Dtest.containers=false");
        } else if (DockerClientFactory.instance().isDockerAvailable()) {
            started = inContainers();
        } else {
            started = local(localDatabase, "no container engine answered");
        }
        STARTED.add(started);
        return started;
    }

    private static TestInfrastructure local(String database, String why) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1, TOPICS);
        broker.afterPropertiesSet();
        String url = "jdbc:postgresql://localhost:5432/" + database;
        System.out.println("[test infrastructure] local: PostgreSQL " + url + ", embedded Kafka "
                + broker.getBrokersAsString() + " (" + why + ")");
        return new TestInfrastructure(Map.of("spring.datasource.url", url), new TestKafka(broker.getBrokersAsString()),
                broker::destroy);
    }

    private static TestInfrastructure inContainers() {
        long started = System.nanoTime();
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES);
        KafkaContainer kafka = new KafkaContainer(KAFKA);
        Startables.deepStart(postgres, kafka).join();
        createTopics(kafka.getBootstrapServers());
        DockerClientFactory engine = DockerClientFactory.instance();
        System.out.printf("[test infrastructure] Testcontainers on %s %s at %s: PostgreSQL %s (%s), Kafka %s (%s), "
                        + "ready in %d s%n", engine.getInfo().getOperatingSystem(), engine.getInfo().getServerVersion(),
                engine.getTransportConfig().getDockerHost(), postgres.getJdbcUrl(), POSTGRES,
                kafka.getBootstrapServers(), KAFKA, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        return new TestInfrastructure(Map.of("spring.datasource.url", postgres.getJdbcUrl(),
                "spring.datasource.username", postgres.getUsername(),
                "spring.datasource.password", postgres.getPassword()), new TestKafka(kafka.getBootstrapServers()),
                () -> List.<Startable>of(kafka, postgres).forEach(Startable::stop));
    }

    private static void createTopics(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(Arrays.stream(TOPICS).map(topic -> new NewTopic(topic, 1, (short) 1)).toList())
                    .all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create the topics on " + bootstrapServers, e);
        }
    }

    /** Points the application at this infrastructure. */
    public void register(DynamicPropertyRegistry registry) {
        datasource.forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
    }

    /** The broker, for a context that is to be closed before the broker and database stop. */
    public synchronized TestKafka kafkaFor(ConfigurableApplicationContext context) {
        users.add(context);
        return kafka;
    }

    private synchronized void stop() {
        users.forEach(ConfigurableApplicationContext::close);
        stop.run();
    }

    /**
     * Stops the infrastructure once every test has run, after closing the Spring contexts that use
     * it. Left to JVM shutdown hooks, the contexts would close while Testcontainers' hook removes
     * the containers: the Kafka clients then wait for a broker that is gone, and Surefire kills the
     * fork after 30 s. Registered in META-INF/services.
     */
    public static final class StopAfterTheLastTest implements LauncherSessionListener {

        @Override
        public void launcherSessionClosed(LauncherSession session) {
            synchronized (TestInfrastructure.class) {
                STARTED.forEach(TestInfrastructure::stop);
                STARTED.clear();
            }
        }
    }
}
