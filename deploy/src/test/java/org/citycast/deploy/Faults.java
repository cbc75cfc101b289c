package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the fault tests do to the running platform besides calling it: the local run's scripts
 * (stop the broker, start what is not running), SIGKILL of an app's process group, the broker
 * reached directly, and the consumers' read models read in their own databases.
 */
final class Faults {

    static final Path SCRIPTS = Path.of("local").toAbsolutePath();
    static final Path RUN = Path.of(System.getenv().getOrDefault("PLATFORM_RUN", SCRIPTS.resolve(".run").toString()));
    static final String BROKER = System.getProperty("e2e.kafka", "127.0.0.1:9092");
    static final String POSTGRES = System.getProperty("e2e.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    /** The topics deploy/local/up creates and the services consume. */
    static final List<String> TOPICS = List.of("society.events", "funding.events", "expert.events", "event.events");
    static final Map<String, Integer> PORTS = Map.of("society-service", 8081, "funding-service", 8082,
            "expert-service", 8083, "event-service", 8084, "publicity-service", 8085);

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Faults() {
    }

    /** Runs {@code deploy/local/<script> args...} and requires it to succeed. */
    static void script(String script, String... args) {
        List<String> command = new ArrayList<>();
        command.add(SCRIPTS.resolve(script).toString());
        command.addAll(List.of(args));
        try {
            var builder = new ProcessBuilder(command).inheritIO();
            // the jars are built before the suite; never a Maven build in the middle of a test
            builder.environment().put("SKIP_BUILD", "1");
            Process process = builder.start();
            assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(script + " finished").isTrue();
            assertThat(process.exitValue()).as(script + " exit code").isZero();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts whatever of the platform is not running (with the jars already built), so the next test finds it whole. */
    static void restoreThePlatform() {
        script("up");
    }

    /** SIGKILL to an app's whole process group, as a crash or the OOM killer would: no shutdown hooks, no leave-group. */
    static void kill(String app) throws IOException, InterruptedException {
        String pid = Files.readString(RUN.resolve("pids").resolve(app + ".pid")).trim();
        Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + pid).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).as("kill -KILL -" + pid).isZero();
        while (new ProcessBuilder("kill", "-0", "--", "-" + pid).start().waitFor() == 0) {
            Thread.sleep(100);
        }
    }

    /** True once the app's readiness group reports UP (straight to its port, not through the gateway). */
    static boolean ready(String app) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + PORTS.get(app) + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A connection to a service's own database (role = password = database name in the local run). */
    static Connection database(String service) throws SQLException {
        String name = service.replace("-service", "");
        return DriverManager.getConnection(POSTGRES + name, name, name);
    }

    /** The read model's version of each society it knows among {@code ids} (absent ones are left out). */
    static Map<UUID, Long> societyVersions(String service, Collection<UUID> ids) throws SQLException {
        return societyColumn(service, "version", Long.class, ids);
    }

    /** The names the read model holds for {@code ids}. */
    static Map<UUID, String> societyNames(String service, Collection<UUID> ids) throws SQLException {
        return societyColumn(service, "name", String.class, ids);
    }

    private static <T> Map<UUID, T> societyColumn(String service, String column, Class<T> type, Collection<UUID> ids)
            throws SQLException {
        Map<UUID, T> values = new HashMap<>();
        try (Connection connection = database(service);
                var query = connection.prepareStatement("select id, " + column + " from society where id = any(?)")) {
            query.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getObject(1, UUID.class), rows.getObject(2, type));
                }
            }
        }
        return values;
    }

    /** How many of {@code eventIds} the named consumer of a service has recorded as applied. */
    static long applied(String service, String consumer, Collection<UUID> eventIds) throws SQLException {
        try (Connection connection = database(service); var query = connection.prepareStatement(
                "select count(*) from processed_event where consumer = ? and event_id = any(?)")) {
            query.setString(1, consumer);
            query.setArray(2, connection.createArrayOf("uuid", eventIds.toArray()));
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER));
    }

    static KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** A consumer outside any group, for reading topics from chosen offsets. */
    static KafkaConsumer<String, byte[]> reader() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** The end offset of every partition of a topic. */
    static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) throws Exception {
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    /** The ids of the events about these subjects on the topic of {@code from}, from those offsets to its end now, repeats included. */
    static List<UUID> eventIdsAbout(Map<TopicPartition, Long> from, Collection<UUID> subjects) throws Exception {
        Set<String> wanted = subjects.stream().map(UUID::toString).collect(Collectors.toSet());
        return envelopesSince(from).stream().filter(event -> wanted.contains(event.path("subject").asString()))
                .map(event -> UUID.fromString(event.get("id").asString())).toList();
    }

    /** The envelopes of the records on the topic of {@code from} between those offsets and its end now. */
    static List<JsonNode> envelopesSince(Map<TopicPartition, Long> from) throws Exception {
        List<JsonNode> envelopes = new ArrayList<>();
        String topic = from.keySet().iterator().next().topic();
        try (KafkaConsumer<String, byte[]> reader = reader(); Admin admin = admin()) {
            Map<TopicPartition, Long> to = endOffsets(admin, topic);
            reader.assign(new ArrayList<>(from.keySet()));
            from.forEach(reader::seek);
            while (from.keySet().stream().anyMatch(p -> reader.position(p) < to.get(p))) {
                for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(500))) {
                    try {
                        envelopes.add(json.readTree(record.value()));
                    } catch (JacksonException notJson) {
                        // someone's poison record: not an envelope
                    }
                }
            }
        }
        return envelopes;
    }

    /** Runs the calls on {@code threads} threads, all released at once, and returns their results in order. */
    static <T> List<T> atOnce(int threads, List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
