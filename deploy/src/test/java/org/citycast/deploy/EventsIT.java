package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.deploy.Platform.get;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.put;
import static org.citycast.deploy.Platform.tokenFor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.citycast.deploy.Platform.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Academic-hall events through the gateway with Keycloak's own tokens and without any: a society
 * plans its year, the association brands sessions, the public registers and cancels, the door
 * checks people in, the figures add up, and society-service's health tier follows what was held.
 */
class EventsIT {

    static final String SECRETARY1_SOCIETY = "11111111-1111-4111-8111-111111111111";
    static final String SECRETARY2_SOCIETY = "22222222-2222-4222-8222-222222222222";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSocietyPlansTheAssociationBrandsThePublicRegistersTheDoorChecksInAndTheFiguresAddUp() throws Exception {
        String admin = tokenFor("admin");
        String secretary1 = tokenFor("secretary1");
        String editor = tokenFor("editor1");
        LocalDate today = LocalDate.now(SHANGHAI);
        int year = today.getYear();

        // the year's plan: ADMIN opens it, the society files its lines, and may not file for another
        assertThat(put("/api/events/plans/" + year + "/deadline", admin, """
                {"dueOn":"%s"}""".formatted(today.plusDays(30))).status()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        for (String title : List.of("端到端学术论坛", "端到端科普讲座")) {
            Response line = post("/api/events/plans/" + year + "/events", secretary1, """
                    {"title":"%s","kind":"FORUM","plannedMonth":%d,"expectedAttendance":200}"""
                    .formatted(title + unique(), today.getMonthValue()));
            assertThat(line.status()).as(line.raw()).isEqualTo(201);
            lines.add(line.body().get("id").asString());
        }
        Response foreign = post("/api/events/plans/" + year + "/events", secretary1, """
                {"societyId":"%s","title":"越权计划","kind":"FORUM","plannedMonth":5,"expectedAttendance":1}"""
                .formatted(SECRETARY2_SOCIETY));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.contentType()).startsWith("application/problem+json");

        // two ADMIN brandings at once take consecutive session numbers
        List<CompletableFuture<Response>> brandings = lines.stream().map(line -> CompletableFuture.supplyAsync(() ->
                post("/api/events/academic-hall/sessions", admin, """
                        {"plannedEventId":"%s"}""".formatted(line)))).toList();
        List<Integer> numbers = new ArrayList<>();
        for (CompletableFuture<Response> branding : brandings) {
            Response session = branding.get();
            assertThat(session.status()).as(session.raw()).isEqualTo(201);
            numbers.add(session.body().get("number").asInt());
        }
        assertThat(Math.abs(numbers.get(0) - numbers.get(1))).isEqualTo(1);
        Response sessions = get("/api/events/public/academic-hall?year=" + year, null);
        assertThat(sessions.status()).isEqualTo(200);
        List<Integer> all = sessions.body().valueStream().map(s -> s.get("number").asInt()).toList();
        assertThat(all).isEqualTo(java.util.stream.IntStream.rangeClosed(1, all.size()).boxed().toList());

        // the society schedules the branded forum: three places in the hall, one in its sub-forum
        Instant start = Instant.now().minus(Duration.ofHours(1));
        Response created = post("/api/events", secretary1, """
                {"plannedEventId":"%s","title":"端到端学术论坛","titleEn":"End-to-end Forum","kind":"FORUM",
                 "startsAt":"%s","endsAt":"%s","venue":"济宁市科技馆","capacity":3,
                 "speakers":[{"name":"王芳","title":"教授","employer":"山东大学","topic":"开幕报告"}],
                 "subForums":[{"title":"青年论坛","startsAt":"%s","endsAt":"%s","venue":"二楼报告厅","capacity":1}]}"""
                .formatted(lines.get(0), start, start.plus(Duration.ofHours(4)), start.plus(Duration.ofHours(1)),
                        start.plus(Duration.ofHours(2))));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String event = created.body().get("id").asString();
        String forum = created.body().get("subForums").get(0).get("id").asString();
        assertThat(get("/api/events/public/events/" + event, null).status()).isEqualTo(404);
        assertThat(post("/api/events/" + event + "/publication", secretary1, "").status()).isEqualTo(200);

        Response published = get("/api/events/public/events/" + event, null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body().get("academicHallSession").asString()).startsWith("城市科协学术会堂第");
        assertThat(published.body().get("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(get("/api/events/" + event, null).status()).isEqualTo(401);

        // the public signs up without an account: three get places, the fourth waits; a repeat is the same registration
        String base = "13" + String.valueOf(System.nanoTime() % 1_000_000_000L + 1_000_000_000L).substring(1);
        List<JsonNode> people = new ArrayList<>();
        String[] cities = {"济宁", "菏泽", "济宁", "枣庄"};
        for (int i = 0; i < 4; i++) {
            Response signUp = signUp(event, "参会者" + i, cities[i], base.substring(0, 10) + i, null);
            assertThat(signUp.status()).as(signUp.raw()).isEqualTo(201);
            people.add(signUp.body());
        }
        assertThat(people.subList(0, 3)).allSatisfy(p -> assertThat(p.get("status").asString()).isEqualTo("ADMITTED"));
        assertThat(people.get(3).get("status").asString()).isEqualTo("WAITING");
        assertThat(people.get(3).get("waitingPosition").asInt()).isEqualTo(1);
        Response repeat = signUp(event, "参会者0", "济宁", base.substring(0, 10) + 0, null);
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.body().get("registrationId").asString()).isEqualTo(people.get(0).get("registrationId").asString());
        assertThat(repeat.body().has("ticketCode")).isFalse();
        Response forumPlace = signUp(event, "参会者0", "济宁", base.substring(0, 10) + 0, forum);
        assertThat(forumPlace.body().get("status").asString()).isEqualTo("ADMITTED");
        Response invalid = signUp(event, "", "济宁", "12345", null);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("name", "phone");

        // one cancels through their secret link: the one waiting is promoted and gets a ticket with its QR image
        Response cancelled = post(link(people.get(1)) + "/cancellation", null, "");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
        Response promoted = get(link(people.get(3)), null);
        assertThat(promoted.body().get("status").asString()).isEqualTo("ADMITTED");
        String promotedTicket = promoted.body().get("ticketCode").asString();
        HttpResponse<byte[]> qr = bytes(link(people.get(3)) + "/ticket.png", null);
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type")).hasValue("image/png");

        // the organiser sees phones in full, the door (EDITOR) masked
        Response organiserList = get("/api/events/" + event + "/registrations", secretary1);
        assertThat(organiserList.raw()).contains(base.substring(0, 10) + 0);
        Response doorList = get("/api/events/" + event + "/registrations", editor);
        assertThat(doorList.status()).isEqualTo(200);
        assertThat(doorList.raw()).doesNotContain(base.substring(0, 10) + 0).contains("****");

        // the door checks people in, once per ticket; another society's secretary may not
        for (String ticket : List.of(people.get(0).get("ticketCode").asString(), promotedTicket,
                forumPlace.body().get("ticketCode").asString())) {
            Response checkIn = post("/api/events/" + event + "/check-ins", editor, """
                    {"ticketCode":"%s"}""".formatted(ticket));
            assertThat(checkIn.status()).as(checkIn.raw()).isEqualTo(200);
        }
        assertThat(post("/api/events/" + event + "/check-ins", editor, """
                {"ticketCode":"%s"}""".formatted(promotedTicket)).status()).isEqualTo(409);
        assertThat(post("/api/events/" + event + "/check-ins", tokenFor("secretary2"), """
                {"ticketCode":"%s"}""".formatted(people.get(2).get("ticketCode").asString())).status()).isEqualTo(403);

        Response attendance = get("/api/events/" + event + "/attendance", secretary1);
        assertThat(attendance.status()).isEqualTo(200);
        assertThat(attendance.body().get("attended").asInt()).isEqualTo(2);
        assertThat(attendance.body().get("subForums").get(0).get("attended").asInt()).isEqualTo(1);
        assertThat(attendance.body().get("byCity").get("济宁").asInt()).isEqualTo(1);
        assertThat(attendance.body().get("byCity").get("枣庄").asInt()).isEqualTo(1);
        assertThat(attendance.body().get("byCity").valueStream().mapToInt(JsonNode::asInt).sum()).isEqualTo(2);

        HttpResponse<byte[]> sheet = bytes("/api/events/" + event + "/registrations.xlsx", secretary1);
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(new String(sheet.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

        // the event is recorded as held; the attendee prints a certificate; the year's figures count it
        Response held = post("/api/events/" + event + "/held", secretary1, "");
        assertThat(held.status()).as(held.raw()).isEqualTo(200);
        assertThat(held.body().get("status").asString()).isEqualTo("HELD");
        HttpResponse<byte[]> certificate = bytes(link(people.get(0)) + "/certificate.pdf", null);
        assertThat(certificate.statusCode()).isEqualTo(200);
        assertThat(new String(certificate.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Response stats = get("/api/events/stats?year=" + year, admin);
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.body().get("held").asInt()).isPositive();
        assertThat(stats.body().get("heldAcademicHallSessions").asInt()).isPositive();
        assertThat(stats.body().get("attendance").get("byCity").valueStream().mapToLong(JsonNode::asLong).sum())
                .isEqualTo(stats.body().get("attendance").get("total").asLong());
        assertThat(get("/api/events/stats?year=" + year, secretary1).status()).isEqualTo(403);

        HttpResponse<byte[]> calendar = bytes("/api/events/public/societies/" + SECRETARY1_SOCIETY + "/calendar.ics", null);
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(new String(calendar.body(), StandardCharsets.UTF_8)).contains("BEGIN:VCALENDAR")
                .contains("端到端学术论坛");
    }

    @Test
    void societyServicesHealthTierFollowsTheEventsHeld() {
        String admin = tokenFor("admin");
        Response registered = post("/api/societies", admin, """
                {"name":"济宁市端到端活动学会%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会","reason":"录入现有学会名录"}"""
                .formatted(unique()));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String society = registered.body().get("id").asString();
        assertThat(registered.body().get("healthTier").asString()).isEqualTo("SOUND_ACTIVE");

        for (int i = 1; i <= 3; i++) {
            String event = heldEvent(admin, society, i);
            assertThat(event).isNotNull();
            String expected = i < 3 ? "SOUND_WEAK" : "SOUND_ACTIVE";
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                    assertThat(get("/api/societies/" + society, admin).body().get("healthTier").asString())
                            .isEqualTo(expected));
        }
        Response activity = get("/api/societies/" + society + "/activity", admin);
        assertThat(activity.status()).isEqualTo(200);
        assertThat(activity.body().get("assessment").get("held").asInt()).isEqualTo(3);

        Response override = put("/api/societies/" + society + "/health-tier", admin, """
                {"healthTier":"SOUND_WEAK","reason":"理事会不健全，需整改"}""");
        assertThat(override.status()).isEqualTo(200);
        assertThat(get("/api/societies/" + society + "/activity", admin).body().get("override").get("reason")
                .asString()).isEqualTo("理事会不健全，需整改");
    }

    /** An event of {@code society} that started an hour ago, published and recorded as held by ADMIN. */
    private String heldEvent(String admin, String society, int n) {
        Instant start = Instant.now().minus(Duration.ofHours(1));
        String body = """
                {"organiserId":"%s","title":"端到端讲座%d","kind":"LECTURE","startsAt":"%s","endsAt":"%s",
                 "venue":"济宁市科技馆","capacity":50}""".formatted(society, n, start, start.plus(Duration.ofHours(2)));
        // event-service learns of the new society through Kafka: until then the organiser is unknown (400)
        Response[] created = new Response[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            created[0] = post("/api/events", admin, body);
            return created[0].status() == 201;
        });
        String event = created[0].body().get("id").asString();
        assertThat(post("/api/events/" + event + "/publication", admin, "").status()).isEqualTo(200);
        Response held = post("/api/events/" + event + "/held", admin, "");
        assertThat(held.status()).as(held.raw()).isEqualTo(200);
        return event;
    }

    private static Response signUp(String event, String name, String city, String phone, String forum) {
        return post("/api/events/public/events/" + event + "/registrations", null, """
                {"name":"%s","organisation":"济宁学院","city":"%s","phone":"%s"%s}""".formatted(name, city, phone,
                forum == null ? "" : ",\"subForumId\":\"" + forum + "\""));
    }

    private static String link(JsonNode registration) {
        return registration.get("links").get("self").asString();
    }

    private HttpResponse<byte[]> bytes(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(Platform.GATEWAY + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
