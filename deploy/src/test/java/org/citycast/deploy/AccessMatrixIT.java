package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.citycast.deploy.Operations.Operation;
import org.citycast.deploy.Platform.Response;
import org.citycast.deploy.Platform.Upload;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix (issue 12, the suite, part 1): every operation of every service's
 * OpenAPI document × every caller × society A's objects and society B's, against the running
 * platform through the gateway. The expected answers live in {@code access-matrix.tsv}, one row
 * per operation; an operation without a row fails, and so does a row without an operation.
 */
class AccessMatrixIT {

    /** The table's caller columns, in order. */
    enum Caller {
        ADMIN("admin"), OWN("secretary1"), OTHER("secretary2"), REVIEWER("reviewer1"), EXPERT("expert1"),
        EDITOR("editor1"), CIVIL(null), ANON(null);

        final String user;

        Caller(String user) {
            this.user = user;
        }

        String token() {
            return switch (this) {
                case CIVIL -> Platform.civilAffairsToken();
                case ANON -> null;
                default -> Platform.tokenFor(user);
            };
        }
    }

    record Row(int line, String method, String path, List<String> cells, String body) {
        String cell(Caller caller) {
            return cells.get(caller.ordinal());
        }

        @Override
        public String toString() {
            return method + " " + path + " (line " + line + ")";
        }
    }

    /** What one service's cells came to. */
    static final class Tally {
        final AtomicInteger refusals = new AtomicInteger();
        final AtomicInteger allowedReads = new AtomicInteger();
        final AtomicInteger allowedWritesNotSent = new AtomicInteger();
    }

    @Test
    void everyOperationHasARowAndEveryCallerGetsWhatTheRowSays() throws IOException {
        List<Operation> operations = Operations.all();
        List<Row> rows = rows();

        Map<Operation, Row> matched = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Row row : rows) {
            Operation operation = Operations.of(operations, row.method(), row.path());
            if (operation == null) {
                problems.add("row without an operation: " + row);
            } else if (matched.putIfAbsent(operation, row) != null) {
                problems.add("second row for " + operation + ": " + row);
            }
        }
        operations.stream().filter(o -> !matched.containsKey(o))
                .forEach(o -> problems.add("operation without a row: " + o.service() + " " + o));
        assertThat(problems).as("access-matrix.tsv against the API documents").isEmpty();

        Fixture fixture = Fixture.build();
        Map<String, Tally> tallies = new TreeMap<>();
        List<Callable<Void>> cells = new ArrayList<>();
        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        for (var entry : matched.entrySet()) {
            Row row = entry.getValue();
            Tally tally = tallies.computeIfAbsent(entry.getKey().service(), s -> new Tally());
            for (Caller caller : Caller.values()) {
                String expected = row.cell(caller);
                if (!row.method().equals("GET") && (expected.equals("ok") || expected.equals("state"))) {
                    tally.allowedWritesNotSent.incrementAndGet();
                    continue;
                }
                String token = caller.token();
                cells.add(() -> check(row, caller, token, false, fixture, expected, tally, mismatches));
                // another society's secretary both ways: secretary2 on A's objects, secretary1 on B's
                if (caller == Caller.OTHER && fixture.scoped(row.path() + row.body())) {
                    String own = Caller.OWN.token();
                    cells.add(() -> check(row, caller, own, true, fixture, expected, tally, mismatches));
                }
            }
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Void> cell : pool.invokeAll(cells)) {
                cell.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        problems.addAll(mismatches);

        System.out.println("Authorisation matrix: cells checked per service (refusals sent / allowed reads sent /"
                + " allowed writes not sent)");
        tallies.forEach((service, t) -> System.out.printf("  %-10s %4d operations  %5d refusals  %4d reads  %4d writes%n",
                service, matched.keySet().stream().filter(o -> o.service().equals(service)).count(), t.refusals.get(),
                t.allowedReads.get(), t.allowedWritesNotSent.get()));
        int sent = tallies.values().stream().mapToInt(t -> t.refusals.get() + t.allowedReads.get()).sum();
        System.out.printf("  total      %4d operations  %5d cells sent in %d ms; %d mismatches; %d requests throttled (429)%n",
                matched.size(), sent, millis, problems.size(), Platform.throttled());
        assertThat(problems).as("cells that answered otherwise than access-matrix.tsv says").isEmpty();
    }

    private static Void check(Row row, Caller caller, String token, boolean societyB, Fixture fixture, String expected,
            Tally tally, List<String> problems) {
        String path = fixture.fill(row.path(), societyB);
        Object body = body(row.body(), fixture, societyB);
        Response response = Platform.call(row.method(), path, token, body);
        String who = caller + (societyB ? " (secretary1 on society B's objects)" : "");
        String seen = response.status() + " " + abbreviate(response.raw());
        if (expected.equals("ok") || expected.equals("state")) {
            tally.allowedReads.incrementAndGet();
            boolean answered = expected.equals("ok") ? response.status() / 100 == 2 : response.status() == 409;
            if (!answered) {
                problems.add(row + " as " + who + ": expected " + (expected.equals("ok") ? "2xx" : "409") + ", got " + seen);
            }
            return null;
        }
        tally.refusals.incrementAndGet();
        if (response.status() != Integer.parseInt(expected)) {
            problems.add(row + " as " + who + ": expected " + expected + ", got " + seen);
        } else if (!response.contentType().startsWith("application/problem+json")) {
            problems.add(row + " as " + who + ": refusal is " + response.contentType() + ", not problem+json");
        }
        return null;
    }

    static Object body(String body, Fixture fixture, boolean societyB) {
        if (body.isEmpty()) {
            return null;
        }
        if (body.startsWith("FILE:")) {
            return upload(body.substring("FILE:".length()));
        }
        return fixture.fill(body, societyB);
    }

    /** A small, well-formed file of the kind the name says, as an allowed caller would upload it. */
    static Upload upload(String filename) {
        if (filename.endsWith(".pdf")) {
            return new Upload(filename, "application/pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII));
        }
        if (filename.endsWith(".png")) {
            return new Upload(filename, "image/png", java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        }
        return new Upload(filename, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {1});
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = AccessMatrixIT.class.getResourceAsStream("/access-matrix.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Row> rows = new ArrayList<>();
            boolean header = true;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("#") || lines[i].isBlank()) {
                    continue;
                }
                String[] cells = lines[i].split("\t", -1);
                if (header) {
                    header = false;
                    continue;
                }
                assertThat(cells).as("line " + (i + 1) + " has method, path, 8 callers and a body").hasSize(11);
                rows.add(new Row(i + 1, cells[0], cells[1], Arrays.asList(cells).subList(2, 10), cells[10]));
            }
            return rows;
        }
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
