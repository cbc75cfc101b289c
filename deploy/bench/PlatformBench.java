import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the running platform through the gateway (start it with deploy/local/up):
 *
 * 1. propagation: ADMIN registers a society (society-service commits it with its event in the
 *    outbox); how long until funding-service answers for it (Kafka, consumer, read model);
 * 2. register writes: latency of POST /api/societies under a few concurrent clients;
 * 3. register reads: latency of a filtered, pinyin-sorted, searched list.
 *
 * Run: java deploy/bench/PlatformBench.java [societies=200] [clients=4]
 * Bounded in count and time; talks only to localhost.
 */
public class PlatformBench {

    static final String GATEWAY = "http://localhost:8080";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int societies = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        String token = token();
        String run = UUID.randomUUID().toString().substring(0, 6);

        List<Long> writes = Collections.synchronizedList(new ArrayList<>());
        List<Long> propagation = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long wall = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int i = 0; i < societies; i++) {
            int n = i;
            jobs.add(pool.submit(() -> {
                long start = System.nanoTime();
                HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/societies"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"name":"压测学会%s-%d","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会",
                                 "reason":"压测：录入现有学会"}"""
                                .formatted(run, n))).build());
                long written = System.nanoTime();
                if (created.statusCode() != 201) {
                    throw new IllegalStateException("register failed: " + created.statusCode() + " " + created.body());
                }
                writes.add(written - start);
                String id = field(created.body(), "id");
                long deadline = written + Duration.ofSeconds(30).toNanos();
                while (System.nanoTime() < deadline) {
                    if (get("/api/funding/societies/" + id, token).statusCode() == 200) {
                        propagation.add(System.nanoTime() - written);
                        return null;
                    }
                    Thread.sleep(2);
                }
                throw new IllegalStateException("funding never learned of " + id);
            }));
        }
        for (Future<?> job : jobs) {
            job.get();
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        pool.shutdown();

        List<Long> reads = new ArrayList<>();
        String query = "/api/societies?q=" + URLEncoder.encode("学会", StandardCharsets.UTF_8)
                + "&status=ACTIVE&sort=name&size=20";
        for (int i = 0; i < 300; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = get(query, token);
            reads.add(System.nanoTime() - start);
            if (page.statusCode() != 200) {
                throw new IllegalStateException("list failed: " + page.statusCode());
            }
        }

        System.out.printf("societies registered: %d with %d clients in %.1f s (%.0f/s)%n", societies, clients,
                seconds, societies / seconds);
        report("register (POST /api/societies)", writes);
        report("society -> funding propagation", propagation);
        report("register list (search, filter, pinyin sort, 20 rows)", reads);
    }

    static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%-55s n=%4d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", what,
                sorted.size(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(GATEWAY + path)).header("Authorization", "Bearer " + token)
                .GET().build());
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String token() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create("http://localhost:8180/realms/society/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=scripts&username=admin&password=demo"))
                .build());
        return field(response.body(), "access_token");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
