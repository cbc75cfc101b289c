package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ACLs of the local run's SASL variant ({@code deploy/local/kafka/acls.tsv}) on a broker of this
 * test's own, with SASL PLAIN and the standard authorizer as {@code KAFKA_SASL=1 deploy/local/up}
 * configures them: only society-service may write {@code society.events}, each service writes only
 * its own topic and the dead letters of what it consumes, and reads only what it consumes.
 */
class KafkaAclsTest {

    static final Path ACLS = PlatformCopiesTest.ROOT.resolve("deploy/local/kafka/acls.tsv");
    static final List<String> SERVICES = List.of("society-service", "funding-service", "expert-service",
            "event-service", "publicity-service");
    static final List<String> TOPICS = List.of("society.events", "funding.events", "expert.events", "event.events");
    /** The test kit's super user, the broker's own identity (the local run's is "admin"). */
    static final String ADMIN = "plain-admin";

    private static KafkaClusterTestKit cluster;

    @BeforeAll
    static void startABrokerWithTheAcls() throws Exception {
        String users = SERVICES.stream().map(s -> " user_%s=\"%s\"".formatted(s, password(s))).collect(Collectors.joining());
        TestKitNodes nodes = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT).build();
        // the kit turns on SASL PLAIN and the standard authorizer with allow.everyone.if.no.acl.found=false;
        // the client listener gets the services as users
        cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("listener.name.external.plain.sasl.jaas.config", jaas(ADMIN, password(ADMIN))
                        .replace(";", " user_%s=\"%s\"%s;".formatted(ADMIN, password(ADMIN), users)))
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        try (Admin admin = Admin.create(client(ADMIN))) {
            List<NewTopic> topics = TOPICS.stream().flatMap(t -> List.of(t, t + ".DLT").stream())
                    .map(t -> new NewTopic(t, 1, (short) 1)).toList();
            admin.createTopics(topics).all().get();
            admin.createAcls(acls()).all().get();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void onlySocietyServiceWritesSocietyEvents() {
        assertThat(write("society-service", "society.events")).isTrue();
        for (String other : List.of("funding-service", "expert-service", "event-service", "publicity-service")) {
            assertThat(write(other, "society.events")).as(other + " writing society.events").isFalse();
        }
    }

    @Test
    void eachServiceWritesOnlyItsOwnTopic() {
        for (String service : SERVICES) {
            for (String topic : TOPICS) {
                boolean own = topic.equals(service.replace("-service", "") + ".events");
                assertThat(write(service, topic)).as(service + " writing " + topic).isEqualTo(own);
            }
        }
    }

    @Test
    void consumersReadWhatTheyConsumeAndWriteItsDeadLetters() {
        assertThat(read("funding-service", "society.events")).isTrue();
        assertThat(read("publicity-service", "funding.events")).isTrue();
        assertThat(read("society-service", "event.events")).isTrue();
        assertThat(read("society-service", "expert.events")).as("the accounts' pool read model").isTrue();
        assertThat(write("funding-service", "society.events.DLT")).isTrue();
        assertThat(read("expert-service", "event.events")).as("expert-service does not consume event.events").isFalse();
        assertThat(read("society-service", "funding.events")).as("society-service does not consume funding.events")
                .isFalse();
    }

    /** The table follows the code: every topic a service's listeners consume, and the one its events go to. */
    @Test
    void theTableGrantsWhatEachServicesCodeUses() throws IOException {
        Set<String> grants = acls().stream().map(acl -> acl.entry().principal().substring("User:".length()) + " "
                + acl.entry().operation() + " " + acl.pattern().name()).collect(Collectors.toSet());
        Pattern consumed = Pattern.compile("topics = \"([a-z.]+)\"");
        Pattern produced = Pattern.compile("@Externalized\\(\"([a-z.]+)");
        List<String> missing = new ArrayList<>();
        for (String service : SERVICES) {
            try (Stream<Path> files = Files.walk(PlatformCopiesTest.ROOT.resolve(service + "/src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(file);
                    consumed.matcher(code).results().map(m -> m.group(1)).forEach(topic -> {
                        for (String grant : List.of(" READ " + topic, " WRITE " + topic + ".DLT", " READ " + topic + ".DLT")) {
                            if (!grants.contains(service + grant)) {
                                missing.add(service + grant + " (" + file.getFileName() + ")");
                            }
                        }
                    });
                    produced.matcher(code).results().map(m -> m.group(1)).filter(t -> !grants.contains(service + " WRITE " + t))
                            .forEach(topic -> missing.add(service + " WRITE " + topic + " (" + file.getFileName() + ")"));
                }
            }
        }
        assertThat(missing).as("grants " + ACLS + " lacks").isEmpty();
    }

    @Test
    void anUnknownUserOrAWrongPasswordGetsNowhere() {
        Properties wrong = client("funding-service");
        wrong.put(SaslConfigs.SASL_JAAS_CONFIG, jaas("funding-service", "guessed"));
        assertThatThrownBy(() -> send(wrong, "funding.events")).hasStackTraceContaining("Authentication failed");
    }

    /** Whether {@code service} may append a record to {@code topic}; refused means a topic authorisation error. */
    private static boolean write(String service, String topic) {
        try {
            send(client(service), topic);
            return true;
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(TopicAuthorizationException.class);
            return false;
        }
    }

    private static void send(Properties properties, String topic) throws ExecutionException {
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (var producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", "{}")).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code service}, in one of its own consumer groups, may read {@code topic}; refused means an authorisation error. */
    private static boolean read(String service, String topic) {
        Properties properties = client(service);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, service + ".acl-test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            for (int i = 0; i < 40 && consumer.assignment().isEmpty(); i++) {
                consumer.poll(Duration.ofMillis(250));
            }
            assertThat(consumer.assignment()).as(service + " joining a group on " + topic + " in time").isNotEmpty();
            return true;
        } catch (TopicAuthorizationException | GroupAuthorizationException e) {
            return false;
        }
    }

    private static Properties client(String user) {
        Properties properties = new Properties();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        properties.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        properties.put(SaslConfigs.SASL_JAAS_CONFIG, jaas(user, password(user)));
        return properties;
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"%s\" password=\"%s\";"
                .formatted(user, password);
    }

    private static String password(String user) {
        return ADMIN.equals(user) ? "plain-admin-secret" : user + "-secret";
    }

    /** The table's rows as ACL bindings (allow, from any host). */
    static List<AclBinding> acls() throws IOException {
        return Files.readAllLines(ACLS).stream().filter(line -> !line.startsWith("#") && !line.startsWith("principal\t")
                && !line.isBlank()).map(line -> {
                    String[] cells = line.split("\t");
                    return new AclBinding(new ResourcePattern(ResourceType.valueOf(cells[2]), cells[3],
                            PatternType.valueOf(cells[4])), new AccessControlEntry("User:" + cells[0], "*",
                            AclOperation.valueOf(cells[1]), AclPermissionType.ALLOW));
                }).toList();
    }

}
