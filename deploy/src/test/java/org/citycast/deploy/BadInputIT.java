package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.citycast.deploy.AccessMatrixIT.Caller;
import org.citycast.deploy.AccessMatrixIT.Row;
import org.citycast.deploy.Operations.Operation;
import org.citycast.deploy.Platform.Raw;
import org.citycast.deploy.Platform.Response;
import org.citycast.deploy.Platform.Upload;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Bad input (issue 12, the suite, part 2): thousands of requests over every operation with a body
 * or parameters, generated from the OpenAPI documents and sent through the gateway by a caller the
 * access matrix allows, starting from the matrix's valid body. No answer is a 5xx; every 4xx is
 * problem+json, and one about a field names it; after every rejected write the service's database
 * holds the same rows as before (counts and newest row versions of its own tables).
 *
 * <p>The services are probed in parallel, each service's writes one after another (so that a
 * database checksum sees only its own operation's writes) and its reads beside them. Requests are paced below the gateway's
 * per-user rate limit instead of running into its 429s. {@code -Dbadinput.services=funding,event}
 * probes only those services.
 */
class BadInputIT {

    /** What a probe must get. */
    enum Expect {
        /** 400 whose problem names the field or parameter */
        FIELD,
        /** some 4xx: malformed, unsupported or oversized */
        REFUSED,
        /** anything but a 5xx: odd but well-typed values a service may take */
        ANY
    }

    record Probe(String kind, String method, String path, Object body, Expect expect, String field) {
    }

    /** Tables a service changes on its own (jobs, senders) or from other services' events, left out of the checksum. */
    static final Set<String> MOVING = Set.of("event_publication", "event_publication_archive", "processed_event",
            "shedlock", "page_view", "job_run", "society", "site", "known_expert", "known_expert_society", "expert_society",
            "pool_expert", "academic_event", "hall_session", "public_notice", "public_notice_nominee", "activity_fact",
            "health_assessment", "report_award", "report_award_winner", "report_financing_link", "report_grant",
            "report_inspection", "report_proposal", "report_society_change", "report_society_state",
            "report_term_renewal", "outreach_beneficiaries",
            // moved by background senders and jobs: civil-affairs dispatches, reminders and their mail
            "civil_affairs_dispatch", "reminder_claim", "inbox_notice", "outgoing_mail");
    /**
     * The public objection form allows a client address five objections in ten minutes, and every
     * test here comes from one address: probing it would use up what AwardsIT files. Its bad input
     * is AwardsIT's and the expert service's tests' to try.
     */
    static final Set<String> LIMITED_PER_ADDRESS = Set.of("POST /api/awards/public/notices/{programme}/objections");
    /** Where every service records the events it applied: the witness that a change came from another service. */
    static final String INBOUND = "processed_event";
    /** Tables of the same name that are a service's own. */
    static final Map<String, Set<String>> OWN = Map.of("society", Set.of("society"), "expert", Set.of("expert_society"));
    /** Where a refused request is itself kept, by design: the civil-affairs inbox keeps every message for ADMIN to review. */
    static final Map<String, Set<String>> KEPT_WHEN_REFUSED = Map.of("/api/civil-affairs/", Set.of("civil_affairs_inbox"));

    static final List<String> TEXTS = List.of("济宁市医学会学术年会（第十二届）", "😀🎉👩‍🔬 学会", "'; DROP TABLE society; --",
            "<script>alert(1)</script>", "\u0000nul\u202Eright-to-left");

    /** Below the gateway's 100 requests a second per user (platform.rate-limit) and 200 per address (platform.edge). */
    static final double PER_USER_PER_SECOND = 90;
    static final double PER_ADDRESS_PER_SECOND = 180;

    static final String LARGE_UPLOAD = "upload: 21 MB";

    private static final JsonMapper json = JsonMapper.builder().build();

    /** What one service's probes came to, and where their time went. */
    static final class Tally {
        final AtomicInteger sent = new AtomicInteger();
        final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        final AtomicInteger operations = new AtomicInteger();
        final AtomicInteger checksums = new AtomicInteger();
        final AtomicLong checksumNanos = new AtomicLong();
        final AtomicLong paceNanos = new AtomicLong();
        final AtomicLong nanos = new AtomicLong();
        /** checksum windows in which the service also applied other services' events, so a change proves nothing */
        final AtomicInteger confounded = new AtomicInteger();
        /** answers of a service's own rate limit (public forms per address), not judged further */
        final AtomicInteger limited = new AtomicInteger();
        final Map<String, Long> slowest = new ConcurrentHashMap<>();
    }

    /** Spaces requests so that no more than {@code perSecond} start in any second. */
    static final class Pace {
        private final long interval;
        private long next;

        Pace(double perSecond) {
            this.interval = (long) (1_000_000_000 / perSecond);
        }

        long take() {
            long wait;
            synchronized (this) {
                long now = System.nanoTime();
                next = Math.max(next, now);
                wait = next - now;
                next += interval;
            }
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return wait;
        }
    }

    private static final Map<String, Pace> perUser = new ConcurrentHashMap<>();
    private static final Pace perAddress = new Pace(PER_ADDRESS_PER_SECOND);

    @Test
    void badInputGetsAProblemNamingTheFieldAndChangesNothing() throws Exception {
        Set<String> only = Set.of(System.getProperty("badinput.services", "").split(",")).stream()
                .filter(s -> !s.isBlank()).collect(Collectors.toSet());
        List<Operation> operations = Operations.all();
        Fixture fixture = Fixture.build();
        Map<String, List<Map.Entry<Row, Operation>>> byService = new TreeMap<>();
        for (Row row : AccessMatrixIT.rows()) {
            Operation operation = Operations.of(operations, row.method(), row.path());
            assertThat(operation).as("the access matrix's " + row).isNotNull();
            if (only.isEmpty() || only.contains(operation.service())) {
                byService.computeIfAbsent(operation.service(), s -> new ArrayList<>()).add(Map.entry(row, operation));
            }
        }
        byte[] bomb = zipBomb();

        Map<String, Tally> tallies = new TreeMap<>();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        // two lanes per service: its writes one after another (each checksum sees only its own operation),
        // and beside them its reads, which change nothing
        ExecutorService pool = Executors.newFixedThreadPool(2 * byService.size());
        List<Future<?>> runs = new ArrayList<>();
        for (var service : byService.entrySet()) {
            Tally tally = new Tally();
            tallies.put(service.getKey(), tally);
            for (boolean writes : List.of(true, false)) {
                List<Map.Entry<Row, Operation>> lane = service.getValue().stream()
                        .filter(entry -> entry.getKey().method().equals("GET") != writes).toList();
                runs.add(pool.submit(() -> {
                    try (Connection database = Databases.connect(service.getKey())) {
                        List<String> tables = Databases.tables(database, skipped(service.getKey()));
                        boolean[] largeUploadSent = {false};
                        for (var entry : lane) {
                            probe(entry.getKey(), entry.getValue(), fixture, bomb, database, tables, tally, problems,
                                    largeUploadSent);
                        }
                    }
                    tally.nanos.accumulateAndGet(System.nanoTime() - started, Math::max);
                    return null;
                }));
            }
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.println("Bad input: requests sent per service, what came back, database checksums, and seconds"
                + " (of which spent on checksums / waiting for the rate limit); slowest probe kinds");
        tallies.forEach((service, t) -> {
            System.out.printf("  %-10s %4d operations %5d requests  %s  %4d checksums (%d beside inbound events)"
                            + "  %5.1f s (%4.1f s / %4.1f s)%n",
                    service, t.operations.get(), t.sent.get(), new TreeMap<>(t.outcomes), t.checksums.get(),
                    t.confounded.get(), t.nanos.get() / 1e9, t.checksumNanos.get() / 1e9, t.paceNanos.get() / 1e9);
            if (t.limited.get() > 0) {
                System.out.printf("             %d answered by the service's own rate limit (429), not judged%n",
                        t.limited.get());
            }
            System.out.println("             slowest: " + t.slowest.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                    .map(e -> "%s %.1f s".formatted(e.getKey(), e.getValue() / 1e9)).collect(Collectors.joining("; ")));
        });
        System.out.printf("  total      %5d requests in %.1f s; %d problems; %d requests throttled (429)%n",
                tallies.values().stream().mapToInt(t -> t.sent.get()).sum(), millis / 1e3, problems.size(),
                Platform.throttled());
        assertThat(problems).as("answers to bad input").isEmpty();
    }

    private static Set<String> skipped(String service) {
        Set<String> skipped = new java.util.HashSet<>(MOVING);
        skipped.removeAll(OWN.getOrDefault(service, Set.of()));
        return skipped;
    }

    private static void probe(Row row, Operation operation, Fixture fixture, byte[] bomb, Connection database,
            List<String> serviceTables, Tally tally, List<String> problems, boolean[] largeUploadSent) {
        Caller caller = allowed(row);
        if (caller == null || LIMITED_PER_ADDRESS.contains(row.method() + " " + row.path())) {
            return;
        }
        List<Probe> probes = probes(row, operation, fixture, bomb, caller, !largeUploadSent[0]);
        if (probes.isEmpty()) {
            return;
        }
        tally.operations.incrementAndGet();
        largeUploadSent[0] |= probes.stream().anyMatch(p -> p.kind().equals(LARGE_UPLOAD));
        String token = caller.token();
        Pace pace = perUser.computeIfAbsent(token == null ? "anonymous" : token, t -> new Pace(PER_USER_PER_SECOND));
        boolean write = !row.method().equals("GET");
        List<String> tables = serviceTables.stream().filter(table -> KEPT_WHEN_REFUSED.entrySet().stream()
                .noneMatch(kept -> row.path().startsWith(kept.getKey()) && kept.getValue().contains(table))).toList();
        Map<String, String> baseline = write ? checksum(database, tables, tally) : null;
        boolean unchecked = false;
        String uniq = fixture.a.get("uniq");
        for (Probe probe : probes) {
            if (write && unchecked && probe.expect() == Expect.ANY) {
                baseline = compare(row, "the rejected probes before " + probe.kind(), database, tables, baseline, tally,
                        problems);
                unchecked = false;
            }
            // each probe its own {uniq}, so that names and message ids a probe uses are not taken by an earlier one
            String fresh = UUID.randomUUID().toString().substring(0, 8);
            String path = probe.path().replace(uniq, fresh);
            Object body = probe.body() instanceof String text
                    ? text.replace(uniq, fresh).replace(uniq.toUpperCase(Locale.ROOT), fresh.toUpperCase(Locale.ROOT))
                    : probe.body();
            tally.paceNanos.addAndGet(pace.take() + perAddress.take());
            Response response;
            long sent = System.nanoTime();
            try {
                response = Platform.call(probe.method(), path, token, body);
            } catch (IllegalStateException e) {
                report(problems, row + " " + probe.kind() + ": no answer (" + e.getCause() + ")");
                continue;
            } finally {
                tally.slowest.merge(abbreviateValue(probe.kind().replaceAll("=.*", "=…")), System.nanoTime() - sent,
                        Long::sum);
            }
            tally.sent.incrementAndGet();
            tally.outcomes.computeIfAbsent(String.valueOf(response.status()), s -> new AtomicInteger()).incrementAndGet();
            boolean limited = response.status() == 429 && response.contentType().startsWith("application/problem+json");
            if (limited) {
                tally.limited.incrementAndGet();
            }
            String failure = limited ? null : judge(probe, response);
            if (failure != null) {
                report(problems, row.method() + " " + row.path() + " as " + caller + ", " + probe.kind() + ": " + failure);
            }
            if (write) {
                if (response.status() / 100 == 2) {
                    if (unchecked) {
                        report(problems, row + ": could not check the rejected probes before the accepted " + probe.kind());
                    }
                    baseline = checksum(database, tables, tally);
                    unchecked = false;
                } else {
                    unchecked = true;
                }
            }
        }
        if (write && unchecked) {
            compare(row, "its rejected probes", database, tables, baseline, tally, problems);
        }
    }

    /** Each problem is printed as it is found, so a long run that is stopped still tells what it saw. */
    private static void report(List<String> problems, String problem) {
        System.out.println("bad input: " + problem);
        problems.add(problem);
    }

    private static String judge(Probe probe, Response response) {
        int status = response.status();
        String seen = status + " " + AccessMatrixIT.abbreviate(response.raw());
        if (status >= 500) {
            return "a server error: " + seen;
        }
        if (status >= 400 && !response.contentType().startsWith("application/problem+json")) {
            return status + " as " + response.contentType() + ", not problem+json";
        }
        return switch (probe.expect()) {
            case ANY -> null;
            case REFUSED -> status >= 400 ? null : "accepted: " + seen;
            case FIELD -> {
                if (status != 400) {
                    yield "expected 400 naming " + probe.field() + ", got " + seen;
                }
                yield names(response.body(), probe.field()) ? null : "400 does not name " + probe.field() + ": " + seen;
            }
        };
    }

    private static boolean names(JsonNode problem, String field) {
        if (problem == null) {
            return false;
        }
        for (JsonNode error : problem.path("errors")) {
            String named = error.path("field").asString("");
            if (named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "[")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> checksum(Connection database, List<String> tables, Tally tally) {
        long started = System.nanoTime();
        List<String> withWitness = new ArrayList<>(tables);
        withWitness.add(INBOUND);
        Map<String, String> sums = Databases.checksum(database, withWitness);
        tally.checksums.incrementAndGet();
        tally.checksumNanos.addAndGet(System.nanoTime() - started);
        return sums;
    }

    private static Map<String, String> compare(Row row, String what, Connection database, List<String> tables,
            Map<String, String> baseline, Tally tally, List<String> problems) {
        Map<String, String> now = checksum(database, tables, tally);
        List<String> changed = now.keySet().stream().filter(t -> !t.equals(INBOUND) && !now.get(t).equals(baseline.get(t)))
                .toList();
        if (!changed.isEmpty()) {
            if (!now.get(INBOUND).equals(baseline.get(INBOUND))) {
                // the service applied another service's event meanwhile, which may have made the change
                tally.confounded.incrementAndGet();
            } else {
                report(problems, row + ": " + what + " changed the database: " + changed);
            }
        }
        return now;
    }

    /** The first caller the access matrix lets call the operation. */
    private static Caller allowed(Row row) {
        for (Caller caller : List.of(Caller.ADMIN, Caller.OWN, Caller.EXPERT, Caller.REVIEWER, Caller.EDITOR,
                Caller.CIVIL, Caller.ANON)) {
            if (row.cell(caller).equals("ok")) {
                return caller;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ the probes

    /** Probes of one operation; {@code largeUpload}: an upload operation also gets the 21 MB file (once per service is enough). */
    static List<Probe> probes(Row row, Operation operation, Fixture fixture, byte[] bomb, Caller caller,
            boolean largeUpload) {
        List<Probe> probes = new ArrayList<>();
        String method = row.method();
        String path = fixture.fill(row.path(), false);
        JsonNode document = operation.document();
        // parameters are tried with the valid body, so that only the parameter is wrong
        Object body = AccessMatrixIT.body(row.body(), fixture, false);
        for (JsonNode parameter : operation.operation().path("parameters")) {
            String name = parameter.path("name").asString();
            JsonNode schema = resolve(document, parameter.path("schema"));
            if (parameter.path("in").asString().equals("path")) {
                pathProbes(probes, method, operation.path(), path, name, schema, body);
            } else if (parameter.path("in").asString().equals("query")) {
                if (schema.has("properties")) {
                    for (var property : schema.path("properties").properties()) {
                        queryProbes(probes, method, path, property.getKey(), resolve(document, property.getValue()), body);
                    }
                } else {
                    queryProbes(probes, method, path, name, schema, body);
                }
            }
        }
        JsonNode content = operation.operation().path("requestBody").path("content");
        if (content.has("multipart/form-data")) {
            uploadProbes(probes, method, path, row.body(), bomb, largeUpload);
        } else if (content.has("application/json")) {
            String valid = row.body().isEmpty() ? "{}" : fixture.fill(row.body(), false);
            // the odd but well-typed texts only where a success makes a new object, not changes one of the fixture's
            boolean creates = method.equals("POST") && !row.path().replaceAll("\\?.*", "").contains("{")
                    && caller != Caller.CIVIL && !row.path().endsWith("/renaming");
            bodyProbes(probes, method, path, valid, resolve(document, content.path("application/json").path("schema")),
                    document, creates, operation.operation().path("requestBody").path("required").asBoolean(false));
        }
        return probes;
    }

    private static void pathProbes(List<Probe> probes, String method, String template, String path, String name,
            JsonNode schema, Object body) {
        int index = List.of(template.split("/")).indexOf("{" + name + "}");
        String[] segments = path.split("\\?", 2)[0].split("/");
        String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
        Map<String, Expect> values = new LinkedHashMap<>();
        String format = schema.path("format").asString("");
        String type = schema.path("type").asString("");
        if (format.equals("uuid")) {
            values.put("not-a-uuid", Expect.FIELD);
        } else if (type.equals("integer")) {
            values.put("abc", Expect.FIELD);
            if (!format.equals("int64")) {
                values.put("99999999999999", Expect.FIELD);
            }
        }
        values.put(encode("😀' OR '1'='1"), Expect.ANY);
        values.put("x".repeat(3000), Expect.ANY);
        for (var value : values.entrySet()) {
            String[] changed = segments.clone();
            changed[index] = value.getKey();
            probes.add(new Probe("path " + name + "=" + abbreviateValue(value.getKey()), method,
                    String.join("/", changed) + query, body, value.getValue(), name));
        }
    }

    private static void queryProbes(List<Probe> probes, String method, String path, String name, JsonNode schema,
            Object body) {
        Map<String, Expect> values = new LinkedHashMap<>();
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        if (schema.has("enum")) {
            values.put("NOT_A_VALUE", Expect.FIELD);
        } else if (format.equals("uuid")) {
            values.put("not-a-uuid", Expect.FIELD);
        } else if (format.equals("date")) {
            values.put("2026-13-45", Expect.FIELD);
        } else if (type.equals("integer")) {
            values.put("abc", Expect.FIELD);
            values.put("99999999999999", Expect.FIELD);
        } else if (type.equals("boolean")) {
            values.put("perhaps", Expect.FIELD);
        } else if (type.equals("array") || name.equals("sort")) {
            values.put("nonexistent,desc", Expect.ANY);
            values.put("name;drop table society", Expect.ANY);
        } else {
            for (String text : TEXTS) {
                values.put(text, Expect.ANY);
            }
            values.put("长".repeat(300), Expect.ANY);
        }
        if (name.equals("page")) {
            values.put("-1", Expect.FIELD);
        }
        if (name.equals("size")) {
            values.put("0", Expect.FIELD);
            values.put("100000", Expect.FIELD);
        }
        for (var value : values.entrySet()) {
            probes.add(new Probe("query " + name + "=" + abbreviateValue(value.getKey()), method,
                    withQuery(path, name, value.getKey()), body, value.getValue(), name));
        }
    }

    private static String withQuery(String path, String name, String value) {
        String bare = path.split("\\?", 2)[0];
        Map<String, String> query = new LinkedHashMap<>();
        if (path.contains("?")) {
            for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        query.put(name, encode(value));
        return bare + "?" + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    private static void uploadProbes(List<Probe> probes, String method, String path, String body, byte[] bomb,
            boolean largeUpload) {
        String filename = body.startsWith("FILE:") ? body.substring(5) : "upload.bin";
        Upload valid = AccessMatrixIT.upload(filename);
        probes.add(new Probe("upload: empty file", method, path, new Upload(filename, valid.contentType(), new byte[0]),
                Expect.REFUSED, "file"));
        probes.add(new Probe("upload: a program named " + filename, method, path,
                new Upload(filename, valid.contentType(), "MZ\u0090\u0000 this program cannot be run".getBytes(StandardCharsets.ISO_8859_1)),
                Expect.REFUSED, "file"));
        probes.add(new Probe("upload: zip bomb named " + filename, method, path,
                new Upload(filename, valid.contentType(), bomb), Expect.REFUSED, "file"));
        if (largeUpload) {
            probes.add(new Probe(LARGE_UPLOAD, method, path,
                    new Upload(filename, valid.contentType(), new byte[21 * 1024 * 1024]), Expect.REFUSED, "file"));
        }
        probes.add(new Probe("upload: JSON instead of a form", method, path, "{\"file\":\"x\"}", Expect.REFUSED, "file"));
        probes.add(new Probe("upload: a form without the file", method, path,
                new Raw("multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n"
                        .getBytes(StandardCharsets.UTF_8)), Expect.REFUSED, "file"));
        probes.add(new Probe("upload: a broken form", method, path,
                new Raw("multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n"
                        .getBytes(StandardCharsets.UTF_8)), Expect.REFUSED, "file"));
    }

    private static void bodyProbes(List<Probe> probes, String method, String path, String valid, JsonNode schema,
            JsonNode document, boolean creates, boolean required) {
        List<String> malformedBodies = new ArrayList<>(List.of("not json", "[]", valid + "}}",
                valid.substring(0, valid.length() / 2), "[".repeat(5000) + "]".repeat(5000)));
        if (required) {
            malformedBodies.add("");
        }
        for (String malformed : malformedBodies) {
            probes.add(new Probe("malformed body " + abbreviateValue(malformed), method, path, malformed, Expect.REFUSED, null));
        }
        probes.add(new Probe("body as text/plain", method, path, new Raw("text/plain", valid.getBytes(StandardCharsets.UTF_8)),
                Expect.REFUSED, null));
        ObjectNode base = (ObjectNode) json.readTree(valid);
        var requiredFields = new java.util.HashSet<String>();
        schema.path("required").forEach(r -> requiredFields.add(r.asString()));
        for (var property : schema.path("properties").properties()) {
            String field = property.getKey();
            JsonNode type = resolve(document, property.getValue());
            for (var wrong : wrongValues(type).entrySet()) {
                if (wrong.getValue() == Expect.ANY && !creates) {
                    continue;
                }
                ObjectNode changed = base.deepCopy();
                changed.set(field, json.readTree(wrong.getKey()));
                probes.add(new Probe(field + "=" + abbreviateValue(wrong.getKey()), method, path, changed.toString(),
                        wrong.getValue(), field));
            }
            if (requiredFields.contains(field)) {
                ObjectNode missing = base.deepCopy();
                missing.remove(field);
                probes.add(new Probe(field + " missing", method, path, missing.toString(), Expect.FIELD, field));
                ObjectNode nulled = base.deepCopy();
                nulled.putNull(field);
                probes.add(new Probe(field + "=null", method, path, nulled.toString(), Expect.FIELD, field));
            }
            if (creates && type.path("type").asString("").equals("string") && !type.has("enum") && !type.has("format")) {
                for (String text : TEXTS) {
                    ObjectNode changed = base.deepCopy();
                    changed.set(field, StringNode.valueOf(text));
                    probes.add(new Probe(field + "=" + abbreviateValue(text), method, path, changed.toString(), Expect.ANY, field));
                }
            }
        }
        if (creates) {
            ObjectNode unknown = base.deepCopy();
            unknown.put("unknownField", "😀");
            probes.add(new Probe("an unknown field", method, path, unknown.toString(), Expect.ANY, null));
            probes.add(new Probe("body in Latin-1 bytes", method, path,
                    new Raw("application/json", valid.getBytes(StandardCharsets.ISO_8859_1)), Expect.ANY, null));
        }
    }

    /** Values of the wrong type, size or form for a property (as JSON), and what each must get. */
    private static Map<String, Expect> wrongValues(JsonNode schema) {
        Map<String, Expect> values = new LinkedHashMap<>();
        String type = schema.path("type").asString(schema.has("properties") ? "object" : "");
        String format = schema.path("format").asString("");
        switch (type) {
            case "string" -> {
                values.put("12345", Expect.FIELD);
                values.put("{\"a\":1}", Expect.FIELD);
                if (schema.has("enum")) {
                    values.put("\"NOT_A_VALUE\"", Expect.FIELD);
                }
                switch (format) {
                    case "uuid" -> values.put("\"not-a-uuid\"", Expect.FIELD);
                    case "date" -> values.put("\"2026-13-45\"", Expect.FIELD);
                    case "date-time" -> values.put("\"yesterday\"", Expect.FIELD);
                    case "email" -> values.put("\"not an email\"", Expect.FIELD);
                    default -> {
                    }
                }
                if (schema.has("maxLength")) {
                    values.put("\"" + "长".repeat(schema.path("maxLength").asInt() + 1) + "\"", Expect.FIELD);
                }
            }
            case "integer" -> {
                values.put("\"abc\"", Expect.FIELD);
                values.put("1.5", Expect.FIELD);
                values.put("99999999999999999999", Expect.FIELD);
            }
            case "number" -> {
                values.put("\"NaN\"", Expect.FIELD);
                values.put("[]", Expect.FIELD);
                values.put("\"1e999999\"", Expect.ANY);
            }
            case "boolean" -> {
                values.put("\"perhaps\"", Expect.FIELD);
                values.put("2", Expect.FIELD);
            }
            case "array" -> {
                values.put("\"x\"", Expect.FIELD);
                values.put("[" + "null,".repeat(2000) + "null]", Expect.ANY);
            }
            case "object" -> {
                values.put("\"x\"", Expect.FIELD);
                values.put("[1]", Expect.FIELD);
            }
            default -> {
            }
        }
        return values;
    }

    static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String name = resolved.path("$ref").asString().replaceAll(".*/", "");
            resolved = document.path("components").path("schemas").path(name);
        }
        return resolved;
    }

    /** A zip that looks like a workbook and inflates to 200 MB of zeros from about 200 KB. */
    static byte[] zipBomb() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviateValue(String value) {
        String flat = value.replaceAll("\\s+", " ");
        return flat.length() > 24 ? flat.substring(0, 24) + "…(" + flat.length() + ")" : flat;
    }
}
