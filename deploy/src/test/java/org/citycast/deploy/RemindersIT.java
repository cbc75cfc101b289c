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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17 through the gateway with real tokens: ADMIN sets this year's round to open today with
 * the annual report due in seven days (the association's yearly notice, a real setting); society
 * A's secretary (secretary1, 济宁市医学会) then finds one reminder in the platform inbox and one mail
 * in the mailbox GreenMail keeps for secretary1@example.org (its REST API on 8025), however often
 * the reminder run is started, two at once included, and however often this test runs on the same
 * day (a rerun finds the reminder given and adds none). secretary2, who takes reminders in the
 * inbox only, gets no mail. Afterwards the year's report deadline is put back to its default.
 */
class RemindersIT {

    static final ZoneId JINING = ZoneId.of("Asia/Shanghai");
    static final String MAIL_API = System.getProperty("e2e.mail", "http://localhost:8025");

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aSocietyWithItsReportDueInSevenDaysIsRemindedOnceInInboxAndMailbox() throws Exception {
        String admin = tokenFor("admin");
        String secretary1 = tokenFor("secretary1");
        String secretary2 = tokenFor("secretary2");
        LocalDate today = LocalDate.now(JINING);
        int year = today.getYear();
        LocalDate lastDay = today.plusDays(7);
        String deadline = "annual-report:" + Fixture.SOCIETY_A + ":" + year;
        String dueAt = lastDay.plusDays(1).atStartOfDay(JINING).toInstant().toString();
        String defaults = "{\"email\":true,\"dailyDigest\":false,\"mutedKinds\":[]}";
        assertThat(put("/api/publicity/inbox/preferences", secretary1, defaults).status()).isEqualTo(200);
        var inboxOnly = put("/api/publicity/inbox/preferences", secretary2,
                "{\"email\":false,\"dailyDigest\":false,\"mutedKinds\":[]}");
        assertThat(inboxOnly.status()).as(inboxOnly.raw()).isEqualTo(200);

        long noticesBefore = notices(secretary1, deadline, dueAt).size();
        long mailsBefore = mails("secretary1@example.org", year).size();
        try {
            var schedule = put("/api/societies/inspections/rounds/" + year + "/schedule", admin, """
                    {"opensOn":"%s","reportDue":"%s","reason":"年度工作总结提前报送（端到端测试）"}""".formatted(today, lastDay));
            assertThat(schedule.status()).as(schedule.raw()).isEqualTo(200);
            var round = post("/api/societies/inspections/rounds/" + year, admin, "");
            assertThat(round.status()).as(round.raw()).isEqualTo(200);
            JsonNode own = find(get("/api/societies/" + Fixture.SOCIETY_A + "/inspections", secretary1).body(), year);
            assertThat(own.get("status").asString()).isEqualTo("PENDING");
            assertThat(own.get("reportDue").asString()).isEqualTo(lastDay.toString());

            // publicity-service hears of the deadline from society.events
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                var known = get("/api/publicity/reminders/deadlines?state=OPEN&kind=ANNUAL_REPORT&size=2000", admin);
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

            List<JsonNode> notices = notices(secretary1, deadline, dueAt);
            assertThat(notices).as("secretary1's notices for " + deadline).hasSize(1);
            JsonNode notice = notices.get(0);
            assertThat(notice.get("stage").asString()).isEqualTo("P7D");
            assertThat(notice.get("title").asString()).contains(year + "年度工作报告").contains("还有7天");
            assertThat(notice.get("body").asString())
                    .contains("http://localhost:8080/api/societies/" + Fixture.SOCIETY_A + "/inspections");
            assertThat(get("/api/publicity/inbox/unread-count", secretary1).body().get("unread").asLong()).isPositive();

            List<JsonNode> mails = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> mails("secretary1@example.org", year), found -> noticesBefore > 0 || !found.isEmpty());
            if (noticesBefore == 0) {
                assertThat(mails).as("mails about the " + year + " report to secretary1").hasSize((int) mailsBefore + 1);
            } else {
                assertThat(mails).as("a rerun on the same day sends nothing again").hasSize((int) mailsBefore);
            }
            Thread.sleep(2000);
            assertThat(mails("secretary1@example.org", year)).as("nothing more arrives").hasSameSizeAs(mails);

            // secretary2 takes reminders in the inbox only
            String deadlineB = "annual-report:" + Fixture.SOCIETY_B + ":" + year;
            assertThat(notices(secretary2, deadlineB, dueAt)).hasSize(1);
            assertThat(mails("secretary2@example.org", year)).isEmpty();
            assertThat(notices(secretary2, deadline, dueAt)).as("nothing of society A's").isEmpty();
        } finally {
            // the year's report is due on its default day again (31 March next year)
            put("/api/societies/inspections/rounds/" + year + "/schedule", admin, """
                    {"opensOn":"%s","reportDue":"%s","reason":"恢复默认截止日期（端到端测试之后）"}"""
                    .formatted(today, LocalDate.of(year + 1, 3, 31)));
        }
    }

    private List<JsonNode> notices(String token, String deadline, String dueAt) {
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
    private List<JsonNode> mails(String address, int year) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(MAIL_API + "/api/user/" + address + "/messages/INBOX")).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        List<JsonNode> found = new ArrayList<>();
        if (answer.statusCode() != 200 && answer.body().contains("not found")) {
            return found; // GreenMail has no mailbox for an address that never received mail (400)
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        for (JsonNode message : json.readTree(answer.body())) {
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
