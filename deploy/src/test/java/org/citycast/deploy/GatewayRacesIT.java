package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.deploy.Faults.atOnce;
import static org.citycast.deploy.Faults.unique;
import static org.citycast.deploy.Platform.get;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.put;
import static org.citycast.deploy.Platform.tokenFor;

import java.math.BigDecimal;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.citycast.deploy.Platform.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two races of the domain, fired at once through the gateway with Keycloak's tokens: grants
 * approved together never commit more than the allocation holds, and sign-ups together never admit
 * more people than the event has places, the rest waiting in an unbroken queue.
 */
class GatewayRacesIT {

    static final String REVIEWER1 = "33333333-3333-4333-8333-333333333333";
    static final String CATEGORY = "SOCIETY_CAPACITY";
    static final BigDecimal AVAILABLE = new BigDecimal("20000.00");
    static final BigDecimal ASKED = new BigDecimal("6000.00");
    static final int APPLICATIONS = 10;
    static final int CAPACITY = 5;
    static final int SIGN_UPS = 24;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void grantsApprovedAtOnceNeverCommitMoreThanTheAllocationHolds() throws Exception {
        String admin = tokenFor("admin");
        String reviewer1 = tokenFor("reviewer1");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int year = today.getYear();
        await().atMost(Duration.ofSeconds(200)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(
                get("/api/funding/reviewers/" + REVIEWER1, admin).status()).isEqualTo(200));

        Response society = post("/api/societies", admin, """
                {"name":"济宁市竞速测试学会%s","disciplineCategory":"ENGINEERING","hostUnit":"市科学技术协会","reason":"端到端测试：并发批准"}"""
                .formatted(unique()));
        assertThat(society.status()).as(society.raw()).isEqualTo(201);
        String societyId = society.body().get("id").asString();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(get("/api/funding/societies/" + societyId, admin).status()).isEqualTo(200));

        JsonNode before = allocation(admin, year);
        BigDecimal committedBefore = before == null ? BigDecimal.ZERO : new BigDecimal(before.get("committed").asString());
        BigDecimal allocatedBefore = before == null ? BigDecimal.ZERO : new BigDecimal(before.get("allocated").asString());
        ok(put("/api/funding/budgets/" + year + "/allocations/" + CATEGORY, admin,
                "{\"amount\":\"%s\"}".formatted(committedBefore.add(AVAILABLE).toPlainString())));
        List<String> approved = new ArrayList<>();
        try {
            String call = ok(post("/api/funding/calls", admin, """
                    {"year":%d,"title":"端到端并发申报%s","opensOn":"%s","closesOn":"%s","maxPerGrant":"9000.00",
                     "categories":["%s"]}""".formatted(year, unique(), today.minusDays(1), today.plusDays(10), CATEGORY)))
                    .get("id").asString();
            List<Callable<String>> preparations = IntStream.range(0, APPLICATIONS).mapToObj(i ->
                    (Callable<String>) () -> reviewed(admin, reviewer1, call, societyId, today, i)).toList();
            List<String> applications = atOnce(4, preparations);

            // each approved at once, the first two twice (a double click)
            List<String> targets = new ArrayList<>(applications);
            targets.addAll(applications.subList(0, 2));
            List<Response> answers = atOnce(targets.size(), targets.stream().map(id -> (Callable<Response>) () ->
                    post("/api/funding/applications/" + id + "/decision", admin,
                            "{\"approved\":true,\"amount\":\"%s\"}".formatted(ASKED.toPlainString()))).toList());
            List<Integer> refusedAt = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                Response answer = answers.get(i);
                if (answer.status() == 200) {
                    approved.add(targets.get(i));
                } else {
                    assertThat(answer.status()).as(answer.raw()).isEqualTo(409);
                    assertThat(answer.contentType()).startsWith("application/problem+json");
                    refusedAt.add(i);
                }
            }
            for (int i : refusedAt) {
                String detail = answers.get(i).body().get("detail").asString();
                if (approved.contains(targets.get(i))) {
                    // the second click of a double click finds the grant decided, or loses the race on its version
                    assertThat(detail).containsAnyOf("The money ran out", "is APPROVED", "at the same time");
                } else {
                    assertThat(detail).contains("The money ran out");
                }
            }
            JsonNode after = allocation(admin, year);
            BigDecimal committed = new BigDecimal(after.get("committed").asString()).subtract(committedBefore);
            BigDecimal available = new BigDecimal(after.get("available").asString());
            System.out.printf("budget race: %d approvals of %s fired at once through the gateway against %s"
                    + " available: %d approved, %d refused, %s committed, %s left%n", targets.size(), ASKED, AVAILABLE,
                    approved.size(), targets.size() - approved.size(), committed, available);

            assertThat(approved).doesNotHaveDuplicates();
            // 20,000 holds three grants of 6,000 and not a fourth
            assertThat(approved).hasSize(AVAILABLE.divideToIntegralValue(ASKED).intValue());
            assertThat(committed).isEqualByComparingTo(ASKED.multiply(BigDecimal.valueOf(approved.size())));
            assertThat(new BigDecimal(after.get("allocated").asString())).isEqualByComparingTo(
                    new BigDecimal(after.get("committed").asString()).add(available));
            for (String id : applications) {
                JsonNode application = ok(get("/api/funding/applications/" + id, admin));
                assertThat(application.get("status").asString()).isEqualTo(approved.contains(id) ? "APPROVED" : "REVIEWED");
                long commitments = ok(get("/api/funding/budgets/" + year + "/ledger?kind=COMMITTED&applicationId=" + id,
                        admin)).get("content").size();
                assertThat(commitments).as("commitments of " + id).isEqualTo(approved.contains(id) ? 1 : 0);
            }
        } finally {
            // hand the category back as it was, or at least what is committed now
            JsonNode now = allocation(admin, year);
            BigDecimal floor = new BigDecimal(now.get("committed").asString());
            ok(put("/api/funding/budgets/" + year + "/allocations/" + CATEGORY, admin,
                    "{\"amount\":\"%s\"}".formatted(allocatedBefore.max(floor).toPlainString())));
        }
    }

    @Test
    void signUpsAtOnceNeverAdmitMoreThanTheEventHoldsAndTheRestWaitInAnUnbrokenQueue() throws Exception {
        String secretary1 = tokenFor("secretary1");
        Instant start = Instant.now().plus(Duration.ofDays(3));
        Response created = post("/api/events", secretary1, """
                {"title":"端到端抢票讲座%s","kind":"LECTURE","startsAt":"%s","endsAt":"%s","venue":"济宁市科技馆",
                 "capacity":%d}""".formatted(unique(), start, start.plus(Duration.ofHours(2)), CAPACITY));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String event = created.body().get("id").asString();
        ok(post("/api/events/" + event + "/publication", secretary1, ""));

        long phones = 13_900_000_000L + System.nanoTime() % 90_000_000L;
        List<JsonNode> people = atOnce(SIGN_UPS, LongStream.range(0, SIGN_UPS).mapToObj(i -> (Callable<JsonNode>) () ->
                signUp(event, i, String.valueOf(phones + i))).toList());
        List<JsonNode> admitted = people.stream().filter(p -> p.get("status").asString().equals("ADMITTED")).toList();
        List<Long> queue = people.stream().filter(p -> p.get("status").asString().equals("WAITING"))
                .map(p -> p.get("waitingPosition").asLong()).sorted().toList();
        assertThat(admitted).hasSize(CAPACITY);
        assertThat(queue).isEqualTo(LongStream.rangeClosed(1, SIGN_UPS - CAPACITY).boxed().toList());

        // three admitted cancel while three more sign up, all at once: still five places, the queue moves up
        List<Callable<JsonNode>> churn = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String link = admitted.get(i).get("links").get("self").asString();
            churn.add(() -> ok(post(link + "/cancellation", null, "")));
            long more = SIGN_UPS + i;
            churn.add(() -> signUp(event, more, String.valueOf(phones + more)));
        }
        atOnce(churn.size(), churn);
        JsonNode list = ok(get("/api/events/" + event + "/registrations", secretary1));
        List<JsonNode> registrations = list.valueStream().filter(r -> r.get("subForumId") == null
                || r.get("subForumId").isNull()).toList();
        long nowAdmitted = registrations.stream().filter(r -> r.get("status").asString().equals("ADMITTED")).count();
        List<Long> nowWaiting = registrations.stream().filter(r -> r.get("status").asString().equals("WAITING"))
                .map(r -> r.get("waitingPosition").asLong()).sorted().toList();
        System.out.printf("capacity race: %d sign-ups at once through the gateway for %d places: %d admitted, %d waiting;"
                        + " then 3 cancellations and 3 sign-ups at once: %d admitted, %d waiting, %d cancelled%n",
                SIGN_UPS, CAPACITY, admitted.size(), queue.size(), nowAdmitted, nowWaiting.size(),
                registrations.stream().filter(r -> r.get("status").asString().equals("CANCELLED")).count());
        assertThat(nowAdmitted).isEqualTo(CAPACITY);
        assertThat(nowWaiting).isEqualTo(LongStream.rangeClosed(1, SIGN_UPS + 3 - CAPACITY - 3).boxed().toList());
    }

    /** An application of secretary's society taken to REVIEWED: drafted, submitted, checked, scored and closed. */
    private static String reviewed(String admin, String reviewer1, String call, String society, LocalDate today, int i) {
        String id = ok(post("/api/funding/applications?societyId=" + society, admin, """
                {"callId":"%s","subItem":"MEMBER_CONGRESS","tag":"KEY_ACTIVITY","title":"并发批准测试活动%d","plannedStart":"%s",
                 "plannedEnd":"%s","venue":"济宁市科技馆","expectedAttendance":100,"coOrganisers":[],
                 "budgetLines":[{"item":"场地费","amount":"6000.00"}],"requestedAmount":"6000.00"}"""
                .formatted(call, i, today.plusDays(20), today.plusDays(21)))).get("id").asString();
        ok(post("/api/funding/applications/" + id + "/submission", admin, ""));
        ok(post("/api/funding/applications/" + id + "/formal-check", admin, "{\"passed\":true}"));
        ok(post("/api/funding/applications/" + id + "/reviewers", admin, "{\"expertIds\":[\"" + REVIEWER1 + "\"]}"));
        ok(put("/api/funding/applications/" + id + "/reviews/mine", reviewer1,
                "{\"scores\":{\"significance\":80,\"feasibility\":80,\"budget\":80},\"comments\":\"可行\"}"));
        ok(post("/api/funding/applications/" + id + "/review-closing", admin, ""));
        return id;
    }

    private static JsonNode allocation(String admin, int year) {
        return ok(get("/api/funding/budgets/" + year, admin)).get("allocations").valueStream()
                .filter(a -> a.get("categoryCode").asString().equals(CATEGORY)).findFirst().orElse(null);
    }

    /**
     * A public sign-up through the gateway, each from its own client address: the event service lets an
     * address sign up only a few times a minute, and a crowd has many addresses. Every 127.x.y.z is this
     * machine, so the request leaves from 127.0.1.n (a socket bound there; the JDK 17 HTTP client cannot
     * choose its source address) and the gateway forwards that address to the service.
     */
    private JsonNode signUp(String event, long n, String phone) throws Exception {
        URI gateway = URI.create(Platform.GATEWAY);
        byte[] body = """
                {"name":"抢票者%d","organisation":"济宁学院","city":"济宁","phone":"%s"}""".formatted(n, phone)
                .getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.1." + (n + 1)), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", gateway.getPort()), 5000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/events/public/events/" + event + "/registrations HTTP/1.1\r\nHost: localhost:"
                    + gateway.getPort() + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int split = response.indexOf("\r\n\r\n");
            String payload = response.substring(split + 4);
            if (response.substring(0, split).toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                payload = unchunked(payload);
            }
            assertThat(status).as(payload).isEqualTo(201);
            return json.readTree(payload);
        }
    }

    /** The body of a chunked HTTP/1.1 response (the chunk sizes count bytes, so decode per chunk). */
    private static String unchunked(String chunked) {
        byte[] raw = chunked.getBytes(StandardCharsets.UTF_8);
        var body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = at;
            while (raw[lineEnd] != '\r') {
                lineEnd++;
            }
            int size = Integer.parseInt(new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(raw, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.raw()).isBetween(200, 299);
        return response.body();
    }
}
