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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Issue 17 through the gateway with real tokens. Two societies of this test's own, each with a
 * secretariat account the platform provisions in Keycloak (the second takes reminders in the inbox
 * only); ADMIN sets this year's round to open today with the annual report due in seven days (the
 * association's yearly notice, a real setting) and opens it. The first secretary then finds exactly
 * one reminder in the platform inbox and exactly one mail in the mailbox GreenMail keeps (its REST
 * API on 8025), however often the reminder run is started, two at once included; the second finds
 * the reminder in the inbox and no mail. Afterwards the year's report deadline is put back to its
 * default and the accounts are removed. The societies are the test's own because the demo
 * societies' current year is other tests' to file and return.
 */
class RemindersIT {

    static final ZoneId JINING = ZoneId.of("Asia/Shanghai");
    static final String PASSWORD = "Reminder-Lantern-2026";

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> accounts = new ArrayList<>();

    @AfterEach
    void removeTheAccounts() throws Exception {
        for (String account : accounts) {
            http.send(HttpRequest.newBuilder(URI.create(Platform.GATEWAY + account))
                    .header("Authorization", "Bearer " + tokenFor("admin")).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void aSocietyWithItsReportDueInSevenDaysIsRemindedOnceInInboxAndMailbox() throws Exception {
        String admin = tokenFor("admin");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(JINING);
        int year = today.getYear();
        LocalDate lastDay = today.plusDays(7);
        String dueAt = lastDay.plusDays(1).atStartOfDay(JINING).toInstant().toString();

        String society = society("济宁市提醒测试学会" + suffix);
        String quiet = society("济宁市提醒静默学会" + suffix);
        String email = "reminders-" + suffix + "@reminders.test";
        String quietEmail = "reminders-quiet-" + suffix + "@reminders.test";
        String secretary = secretary(society, email);
        String quietSecretary = secretary(quiet, quietEmail);
        var inboxOnly = put("/api/publicity/inbox/preferences", quietSecretary,
                "{\"email\":false,\"dailyDigest\":false,\"mutedKinds\":[]}");
        assertThat(inboxOnly.status()).as(inboxOnly.raw()).isEqualTo(200);

        String deadline = "annual-report:" + society + ":" + year;
        try {
            var schedule = put("/api/societies/inspections/rounds/" + year + "/schedule", admin, """
                    {"opensOn":"%s","reportDue":"%s","reason":"年度工作总结提前报送（端到端测试）"}""".formatted(today, lastDay));
            assertThat(schedule.status()).as(schedule.raw()).isEqualTo(200);
            var round = post("/api/societies/inspections/rounds/" + year, admin, "");
            assertThat(round.status()).as(round.raw()).isEqualTo(200);
            JsonNode own = find(get("/api/societies/" + society + "/inspections", secretary).body(), year);
            assertThat(own.get("status").asString()).isEqualTo("PENDING");
            assertThat(own.get("reportDue").asString()).isEqualTo(lastDay.toString());

            // publicity-service hears of the deadline from society.events
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                var known = get("/api/publicity/reminders/deadlines?state=OPEN&kind=ANNUAL_REPORT&size=500", admin);
                for (JsonNode d : known.body().get("content")) {
                    if (deadline.equals(d.get("deadlineId").asString()) && dueAt.equals(d.get("dueAt").asString())) {
                        return true;
                    }
                }
                return false;
            });

            // two runs at once, then another one, then the mail sent
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Platform.Response>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return post("/api/publicity/reminders/runs", admin, "");
                }));
            }
            runs.forEach(run -> assertThat(run.join().status()).as(run.join().raw()).isEqualTo(200));
            assertThat(post("/api/publicity/reminders/runs", admin, "").status()).isEqualTo(200);
            assertThat(post("/api/publicity/reminders/mail/delivery", admin, "").status()).isEqualTo(200);

            List<JsonNode> notices = notices(secretary, deadline, dueAt);
            assertThat(notices).as("the secretary's notices for " + deadline).hasSize(1);
            JsonNode notice = notices.get(0);
            assertThat(notice.get("stage").asString()).isEqualTo("P7D");
            assertThat(notice.get("title").asString()).contains(year + "年度工作报告").contains("还有7天");
            assertThat(notice.get("body").asString())
                    .contains("http://localhost:8080/api/societies/" + society + "/inspections");
            assertThat(get("/api/publicity/inbox/unread-count", secretary).body().get("unread").asLong()).isEqualTo(1);

            List<JsonNode> mails = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> reminders(email, year), found -> !found.isEmpty());
            assertThat(mails).as("reminders about the " + year + " report in " + email).hasSize(1);
            Thread.sleep(3000);
            assertThat(post("/api/publicity/reminders/runs", admin, "").status()).isEqualTo(200);
            assertThat(post("/api/publicity/reminders/mail/delivery", admin, "").status()).isEqualTo(200);
            assertThat(reminders(email, year)).as("nothing more arrives").hasSize(1);
            assertThat(notices(secretary, deadline, dueAt)).hasSize(1);

            // the second society's secretary takes reminders in the inbox only, and sees nothing of the first's
            assertThat(notices(quietSecretary, "annual-report:" + quiet + ":" + year, dueAt)).hasSize(1);
            assertThat(notices(quietSecretary, deadline, dueAt)).isEmpty();
            assertThat(reminders(quietEmail, year)).isEmpty();
        } finally {
            // the year's report is due on its default day again (31 March next year)
            put("/api/societies/inspections/rounds/" + year + "/schedule", admin, """
                    {"opensOn":"%s","reportDue":"%s","reason":"恢复默认截止日期（端到端测试之后）"}"""
                    .formatted(today, LocalDate.of(year + 1, 3, 31)));
        }
    }

    /** A society already registered for years, entered by ADMIN; answers its id. */
    private static String society(String name) {
        var created = post("/api/societies", tokenFor("admin"), """
                {"reason":"录入现有学会名录","name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会",
                 "registeredOn":"2015-03-01"}""".formatted(name));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    /** A secretariat account the platform provisions for the society, signed in; answers its access token. */
    private String secretary(String society, String email) {
        String path = "/api/societies/" + society + "/secretariat-accounts";
        var invited = post(path, tokenFor("admin"),
                "{\"name\":\"王秘书\",\"email\":\"" + email + "\",\"phone\":\"0537-2345678\"}");
        assertThat(invited.status()).as(invited.raw()).isEqualTo(202);
        accounts.add(path + "/" + invited.body().get("id").asString());
        JsonNode account = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(path, tokenFor("admin")).body().get(0), a -> a.get("synced").asBoolean());
        People.choosePassword(account.get("keycloakUserId").asString(), PASSWORD);
        HttpResponse<String> signIn = People.signIn(email, PASSWORD);
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
        return People.body(signIn).get("access_token").asString();
    }

    private static List<JsonNode> notices(String token, String deadline, String dueAt) {
        var inbox = get("/api/publicity/inbox?kind=ANNUAL_REPORT&size=500", token);
        assertThat(inbox.status()).as(inbox.raw()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode notice : inbox.body().get("content")) {
            if (deadline.equals(notice.get("deadlineId").asString()) && dueAt.equals(notice.get("dueAt").asString())
                    && "P7D".equals(notice.get("stage").asString())) {
                found.add(notice);
            }
        }
        return found;
    }

    /** The 7-day reminders about this year's annual report in GreenMail's mailbox for {@code address}. */
    private static List<JsonNode> reminders(String address, int year) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode message : People.inbox(address)) {
            String subject = message.get("subject").asString();
            if (subject.contains(year + "年度工作报告") && subject.contains("还有7天")) {
                found.add(message);
            }
        }
        return found;
    }

    private static JsonNode find(JsonNode inspections, int year) {
        for (JsonNode inspection : inspections) {
            if (inspection.get("year").asInt() == year) {
                return inspection;
            }
        }
        throw new AssertionError("no " + year + " inspection in " + inspections);
    }
}
