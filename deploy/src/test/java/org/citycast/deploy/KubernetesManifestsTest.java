package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.StreamSupport;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Kubernetes manifests (deploy/k8s): every overlay is rendered with Kustomize ({@code kustomize
 * build}, or the copy inside {@code kubectl}) and every object is validated offline against its
 * schema by {@code deploy/k8s/validate/validate.mjs} (kubernetes-models for the core kinds, the
 * operators' CRD schemas for Strimzi, CloudNativePG and Keycloak). Then the rendered objects are
 * checked for what the platform needs of them: several ready instances of each app, three copies
 * of every event, a database and role per service, secrets only referenced, one way in.
 */
class KubernetesManifestsTest {

    static final Path K8S = PlatformCopiesTest.ROOT.resolve("deploy/k8s");
    static final Path RENDERED = PlatformCopiesTest.ROOT.resolve("deploy/target/k8s");
    static final List<String> SERVICES = List.of("society-service", "funding-service", "expert-service", "event-service",
            "publicity-service");
    static final List<String> APPS = Stream.concat(Stream.of("gateway"), SERVICES.stream()).toList();
    static final List<String> PRODUCERS = List.of("society", "funding", "expert", "event");

    /** Each overlay's objects, by overlay name. */
    static final Map<String, List<Map<String, Object>>> overlays = new LinkedHashMap<>();

    @BeforeAll
    static void renderEveryOverlay() throws IOException {
        Files.createDirectories(RENDERED);
        try (Stream<Path> dirs = Files.list(K8S.resolve("overlays"))) {
            for (Path overlay : dirs.filter(Files::isDirectory).sorted().toList()) {
                Result result = run(renderer(overlay));
                assertThat(result.exitCode()).as("rendering %s:%n%s", overlay, result.output()).isZero();
                Path file = RENDERED.resolve(overlay.getFileName() + ".yaml");
                Files.writeString(file, result.output());
                List<Map<String, Object>> objects = new ArrayList<>();
                new Yaml().loadAll(result.output()).forEach(o -> objects.add(map(o)));
                overlays.put(overlay.getFileName().toString(), objects);
            }
        }
        assertThat(overlays).containsKeys("dev", "production");
    }

    @Test
    void everyObjectOfEveryOverlayMatchesItsSchema() {
        List<String> command = new ArrayList<>(List.of("node", K8S.resolve("validate/validate.mjs").toString()));
        overlays.keySet().forEach(name -> command.add(RENDERED.resolve(name + ".yaml").toString()));
        Result result = run(command);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains(overlays.values().stream().mapToInt(List::size).sum() + " objects, 0 problems");
    }

    /** The validator is what stands between a typo and a failed rollout: it must say no. */
    @Test
    void theValidatorRefusesABrokenManifest() throws IOException {
        List<Map<String, Object>> objects = overlays.get("dev");
        Map<String, Object> topic = map(copy(find(objects, "KafkaTopic", "society-events")));
        map(topic.get("spec")).put("partitions", "twelve");
        Map<String, Object> deployment = map(copy(find(objects, "Deployment", "gateway")));
        map(deployment.get("spec")).put("replicas", "two");
        Map<String, Object> database = map(copy(find(objects, "Cluster", "postgres")));
        map(database.get("spec")).put("instance", 3);
        Path broken = RENDERED.resolve("broken.yaml");
        Files.writeString(broken, new Yaml().dumpAll(List.of(topic, deployment, database).iterator()));

        Result result = run(List.of("node", K8S.resolve("validate/validate.mjs").toString(), broken.toString()));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("KafkaTopic/society-events: /spec/partitions must be integer",
                "Deployment/gateway: data/spec/replicas must be integer",
                "Cluster/postgres: /spec must NOT have additional properties (instance)", "3 objects, 3 problems");
    }

    @Test
    void everyAppRunsSeveralReadyInstancesWithinItsResources() {
        overlays.forEach((overlay, objects) -> {
            for (String app : APPS) {
                Map<String, Object> deployment = find(objects, "Deployment", app);
                String where = overlay + " " + app;
                assertThat(integer(deployment, "spec.replicas")).as(where).isGreaterThanOrEqualTo(2);
                Map<String, Object> container = map(list(deployment, "spec.template.spec.containers").get(0));
                assertThat(text(container, "image")).as(where).endsWith("/society-platform/" + app + (overlay.equals("dev") ? ":latest" : ":0.1.0"));
                assertThat(text(container, "livenessProbe.httpGet.path")).as(where).isEqualTo("/actuator/health/liveness");
                assertThat(text(container, "readinessProbe.httpGet.path")).as(where).isEqualTo("/actuator/health/readiness");
                assertThat(value(container, "resources.requests.cpu")).as(where).isNotNull();
                assertThat(value(container, "resources.requests.memory")).as(where).isNotNull();
                assertThat(value(container, "resources.limits.memory")).as(where).isNotNull();

                Map<String, Object> labels = map(value(deployment, "spec.template.metadata.labels"));
                Map<String, Object> budget = find(objects, "PodDisruptionBudget", app);
                assertThat(labels).as(where).containsAllEntriesOf(map(value(budget, "spec.selector.matchLabels")));
                assertThat(integer(budget, "spec.minAvailable")).as(where).isPositive()
                        .isLessThan(integer(deployment, "spec.replicas"));

                Map<String, Object> autoscaler = find(objects, "HorizontalPodAutoscaler", app);
                assertThat(text(autoscaler, "spec.scaleTargetRef.kind")).isEqualTo("Deployment");
                assertThat(text(autoscaler, "spec.scaleTargetRef.name")).isEqualTo(app);
                assertThat(integer(autoscaler, "spec.minReplicas")).as(where).isGreaterThanOrEqualTo(2)
                        .isLessThanOrEqualTo(integer(autoscaler, "spec.maxReplicas"));
            }
        });
    }

    @Test
    void servicesListenInThePodAndFindKafkaAndKeycloakInTheCluster() {
        overlays.forEach((overlay, objects) -> {
            Map<String, Object> config = map(find(objects, "ConfigMap", "platform-config").get("data"));
            assertThat(config).as(overlay).containsEntry("SERVER_ADDRESS", "0.0.0.0")
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka-kafka-bootstrap:9092")
                    .containsEntry("KEYCLOAK_JWK_SET_URI",
                            "http://keycloak-service:8080/auth/realms/society/protocol/openid-connect/certs")
                    .containsKeys("TRUSTED_PROXIES", "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
            Map<String, Object> gateway = find(objects, "Deployment", "gateway");
            for (String service : SERVICES) {
                Map<String, Object> deployment = find(objects, "Deployment", service);
                assertThat(envFromConfigMaps(deployment)).as(service).contains("platform-config");
                // each replica its own name: Kafka static membership and the job locks tell instances apart by it
                assertThat(env(deployment, "PLATFORM_INSTANCENAME")).as(service + " instance name")
                        .contains(Map.of("valueFrom", Map.of("fieldRef", Map.of("fieldPath", "metadata.name"))));
                int port = integer(map(list(map(list(deployment, "spec.template.spec.containers").get(0)), "ports").get(0)),
                        "containerPort");
                String key = "PLATFORM_SERVICES_" + service.replace("-service", "").toUpperCase();
                assertThat(env(gateway, key)).as(key).contains(Map.of("value", "http://" + service + ":" + port));
            }
        });
    }

    @Test
    void kafkaKeepsThreeCopiesAndEveryTopicHasAPartitionForEveryInstance() {
        overlays.forEach((overlay, objects) -> {
            Map<String, Object> config = map(value(find(objects, "Kafka", "kafka"), "spec.kafka.config"));
            assertThat(config).as(overlay).containsEntry("default.replication.factor", 3)
                    .containsEntry("min.insync.replicas", 2).containsEntry("offsets.topic.replication.factor", 3)
                    .containsEntry("auto.create.topics.enable", false);
            List<Map<String, Object>> pools = all(objects, "KafkaNodePool");
            for (String role : List.of("controller", "broker")) {
                assertThat(pools).as(overlay + " " + role + "s")
                        .anySatisfy(pool -> {
                            assertThat(list(pool, "spec.roles")).contains(role);
                            assertThat(integer(pool, "spec.replicas")).isGreaterThanOrEqualTo(3);
                        });
            }
            int mostInstances = SERVICES.stream()
                    .mapToInt(service -> integer(find(objects, "HorizontalPodAutoscaler", service), "spec.maxReplicas")).max()
                    .orElseThrow();
            List<Map<String, Object>> topics = all(objects, "KafkaTopic");
            for (String producer : PRODUCERS) {
                for (String name : List.of(producer + ".events", producer + ".events.DLT")) {
                    Map<String, Object> topic = topics.stream().filter(t -> name.equals(value(t, "spec.topicName"))).findFirst()
                            .orElseThrow(() -> new AssertionError(overlay + ": no KafkaTopic for " + name));
                    assertThat(integer(topic, "spec.replicas")).as(name).isEqualTo(3);
                    assertThat(value(topic, "spec.config.min\\.insync\\.replicas")).as(name).isEqualTo(2);
                    if (!name.endsWith(".DLT")) {
                        assertThat(integer(topic, "spec.partitions")).as(name).isGreaterThanOrEqualTo(mostInstances);
                    }
                }
            }
        });
    }

    @Test
    void eachServiceAndKeycloakHasItsOwnRoleAndDatabase() {
        overlays.forEach((overlay, objects) -> {
            Map<String, Object> cluster = find(objects, "Cluster", "postgres");
            List<Object> roles = list(cluster, "spec.managed.roles");
            for (String service : SERVICES) {
                String db = service.replace("-service", "");
                checkOwnDatabase(objects, roles, db);
                Map<String, Object> deployment = find(objects, "Deployment", service);
                assertThat(env(deployment, "SPRING_DATASOURCE_URL")).contains(Map.of("value", "jdbc:postgresql://postgres-rw:5432/" + db));
                assertThat(env(deployment, "SPRING_DATASOURCE_USERNAME")).contains(secretRef(db + "-db", "username"));
                assertThat(env(deployment, "SPRING_DATASOURCE_PASSWORD")).contains(secretRef(db + "-db", "password"));
            }
            checkOwnDatabase(objects, roles, "keycloak");
            assertThat(value(find(objects, "Keycloak", "keycloak"), "spec.db.database")).isEqualTo("keycloak");
        });
    }

    private static void checkOwnDatabase(List<Map<String, Object>> objects, List<Object> roles, String name) {
        assertThat(roles).as("role " + name).contains(Map.of("name", name, "login", true, "passwordSecret", Map.of("name", name + "-db")));
        Map<String, Object> database = find(objects, "Database", name);
        assertThat(map(database.get("spec"))).containsEntry("name", name).containsEntry("owner", name)
                .containsEntry("cluster", Map.of("name", "postgres"));
    }

    @Test
    void secretsAreReferencedNeverKept() {
        overlays.forEach((overlay, objects) -> {
            assertThat(objects).as(overlay).noneMatch(o -> "Secret".equals(o.get("kind")));
            for (String app : APPS) {
                for (Object variable : list(map(list(find(objects, "Deployment", app), "spec.template.spec.containers").get(0)), "env")) {
                    Map<String, Object> entry = map(variable);
                    if (text(entry, "name").matches(".*(PASSWORD|SECRET|SALT).*")) {
                        assertThat(entry).as(app + " " + entry.get("name")).doesNotContainKey("value");
                    }
                }
            }
        });
    }

    @Test
    void onlyTheGatewayAndKeycloaksSignInPagesAreReachableFromOutside() {
        overlays.forEach((overlay, objects) -> {
            assertThat(all(objects, "Service")).as(overlay)
                    .allSatisfy(service -> assertThat(value(service, "spec.type")).isIn(null, "ClusterIP"));
            List<Map<String, Object>> ingresses = all(objects, "Ingress");
            assertThat(ingresses).hasSize(1);
            Map<String, String> backends = new LinkedHashMap<>();
            for (Object rule : list(ingresses.get(0), "spec.rules")) {
                for (Object path : list(map(rule), "http.paths")) {
                    backends.put(text(map(path), "path"), text(map(path), "backend.service.name"));
                }
            }
            assertThat(backends).as(overlay).containsExactlyInAnyOrderEntriesOf(
                    Map.of("/", "gateway", "/auth/realms/", "keycloak-service", "/auth/resources/", "keycloak-service"));

            List<Map<String, Object>> policies = all(objects, "NetworkPolicy");
            assertThat(policies).as("a policy denying what is not allowed")
                    .anySatisfy(p -> {
                        assertThat(map(value(p, "spec.podSelector"))).isEmpty();
                        assertThat(list(p, "spec.policyTypes")).contains("Ingress");
                        assertThat(map(p.get("spec"))).doesNotContainKey("ingress");
                    });
            List<Map<String, Object>> toServices = policies.stream()
                    .filter(p -> Map.of("society-platform/role", "service").equals(value(p, "spec.podSelector.matchLabels")))
                    .filter(p -> list(p, "spec.policyTypes").contains("Ingress")).toList();
            assertThat(toServices).singleElement().satisfies(p -> assertThat(list(p, "spec.ingress")).allSatisfy(
                    rule -> assertThat(list(map(rule), "from")).containsOnly(
                            Map.of("podSelector", Map.of("matchLabels", Map.of("society-platform/role", "gateway"))))));
            for (String service : SERVICES) {
                assertThat(value(find(objects, "Deployment", service), "spec.template.metadata.labels.society-platform/role"))
                        .as(service).isEqualTo("service");
            }
            assertThat(value(find(objects, "Deployment", "gateway"), "spec.template.metadata.labels.society-platform/role"))
                    .isEqualTo("gateway");
        });
    }

    /** Tokens are issued for the address browsers use, and the apps expect exactly that issuer. */
    @Test
    void theIngressKeycloakAndTheAppsAgreeOnThePublicAddress() {
        overlays.forEach((overlay, objects) -> {
            Map<String, Object> ingress = all(objects, "Ingress").get(0);
            String host = text(map(list(ingress, "spec.rules").get(0)), "host");
            String scheme = ingress.containsKey("spec") && map(ingress.get("spec")).containsKey("tls") ? "https" : "http";
            String origin = scheme + "://" + host;
            assertThat(value(find(objects, "Keycloak", "keycloak"), "spec.hostname.hostname")).as(overlay).isEqualTo(origin + "/auth");
            Map<String, Object> config = map(find(objects, "ConfigMap", "platform-config").get("data"));
            assertThat(config).as(overlay).containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", origin + "/auth/realms/society")
                    .containsEntry("PLATFORM_WEBORIGINS", origin);
            Map<String, Object> web = map(list(find(objects, "KeycloakRealmImport", "society"), "spec.realm.clients").get(0));
            assertThat(web).containsEntry("clientId", "web");
            assertThat(list(web, "redirectUris")).as(overlay).contains(origin + "/*");
        });
    }

    /** The manifests import the realm deploy/keycloak keeps; run deploy/k8s/sync-realm after changing it. */
    @Test
    void theRealmImportIsTheRealmOfDeployKeycloak() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(Files.readString(K8S.resolve("../keycloak/society-realm.json")));
        JsonNode users = realm.get("users").deepCopy();
        // the base keeps the clients' service accounts (their rights), the dev overlay adds the demo users
        realm.putArray("users").addAll(StreamSupport.stream(users.spliterator(), false)
                .filter(user -> user.has("serviceAccountClientId")).toList());
        int serviceAccounts = realm.get("users").size();
        Map<String, Object> realmImport = map(new Yaml().load(Files.readString(K8S.resolve("base/realm-import.yaml"))));
        assertThat((JsonNode) json.valueToTree(value(realmImport, "spec.realm")))
                .withFailMessage("base/realm-import.yaml is not society-realm.json with its service accounts only: run deploy/k8s/sync-realm")
                .isEqualTo(realm);
        List<Object> patch = new Yaml().load(Files.readString(K8S.resolve("overlays/dev/demo-users.yaml")));
        assertThat((JsonNode) json.valueToTree(map(patch.get(0)).get("value")))
                .withFailMessage("overlays/dev/demo-users.yaml is not society-realm.json's users: run deploy/k8s/sync-realm")
                .isEqualTo(users);

        assertThat(serviceAccounts).as("civil-affairs, society-accounts, publicity-reminders").isEqualTo(3);
        assertThat(list(find(overlays.get("production"), "KeycloakRealmImport", "society"), "spec.realm.users"))
                .hasSize(serviceAccounts);
        assertThat(list(find(overlays.get("dev"), "KeycloakRealmImport", "society"), "spec.realm.users")).hasSize(users.size());
    }

    record Result(int exitCode, String output) {
    }

    static List<String> renderer(Path overlay) {
        if (onPath("kustomize")) {
            return List.of("kustomize", "build", overlay.toString());
        }
        if (onPath("kubectl")) {
            return List.of("kubectl", "kustomize", overlay.toString());
        }
        throw new AssertionError("Neither kustomize nor kubectl (which carries kustomize) is on the PATH");
    }

    static boolean onPath(String command) {
        return Stream.of(Objects.requireNonNullElse(System.getenv("PATH"), "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    static Result run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")) && name.equals(value(o, "metadata.name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    static List<Map<String, Object>> all(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    static List<String> envFromConfigMaps(Map<String, Object> deployment) {
        return list(map(list(deployment, "spec.template.spec.containers").get(0)), "envFrom").stream()
                .map(source -> (String) value(map(source), "configMapRef.name")).filter(Objects::nonNull).toList();
    }

    /** The container's variable {@code name}, without its name. */
    static Optional<Map<String, Object>> env(Map<String, Object> deployment, String name) {
        return list(map(list(deployment, "spec.template.spec.containers").get(0)), "env").stream().map(KubernetesManifestsTest::map)
                .filter(variable -> name.equals(variable.get("name"))).findFirst().map(variable -> {
                    Map<String, Object> rest = new LinkedHashMap<>(variable);
                    rest.remove("name");
                    return rest;
                });
    }

    static Map<String, Object> secretRef(String secret, String key) {
        return Map.of("valueFrom", Map.of("secretKeyRef", Map.of("name", secret, "key", key)));
    }

    /** The value at a dotted path ({@code \.} for a dot inside a key), or null. */
    static Object value(Map<String, Object> object, String path) {
        Object current = object;
        for (String key : path.split("(?<!\\\\)\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key.replace("\\.", "."));
        }
        return current;
    }

    static String text(Map<String, Object> object, String path) {
        return (String) value(object, path);
    }

    static int integer(Map<String, Object> object, String path) {
        return (Integer) Objects.requireNonNull(value(object, path), path);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> object, String path) {
        return (List<Object>) Objects.requireNonNullElse(value(object, path), List.of());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object object) {
        return (Map<String, Object>) object;
    }

    static Object copy(Map<String, Object> object) {
        Yaml yaml = new Yaml();
        return yaml.load(yaml.dump(object));
    }
}
