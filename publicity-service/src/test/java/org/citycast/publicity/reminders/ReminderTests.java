package org.citycast.publicity.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.publicity.platform.TestTokens.admin;
import static org.citycast.publicity.platform.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import org.citycast.publicity.EventFeed;
import org.citycast.publicity.ServiceTest;
import org.citycast.publicity.platform.AssociationTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reminders against the real Keycloak (the realm's demo accounts are the recipients: secretary1 of
 * society 1111…, secretary2 of 2222…, expert1, admin), the real broker (deadlines arrive as
 * society-service's documented samples) and a real SMTP server (GreenMail, {@link TestMailServer}).
 * Every deadline here is new (its own id and title), so each test reads only what it caused.
 */
class ReminderTests extends ServiceTest {

    static final Path SAMPLES = Path.of("../society-service/src/main/resources/events");
    static final UUID SOCIETY1 = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID SOCIETY2 = UUID.fromString("22222222-2222-4222-8222-222222222222");
    static final UUID EXPERT1 = UUID.fromString("44444444-4444-4444-8444-444444444444");
    static final RequestPostProcessor SECRETARY1 = token("secretary1", SOCIETY1, null, "SOCIETY_SECRETARY");
    static final RequestPostProcessor SECRETARY2 = token("secretary2", SOCIETY2, null, "SOCIETY_SECRETARY");
    static final RequestPostProcessor ADMIN = token("admin", null, null, "ADMIN");

    @Autowired
    Reminding reminding;
    @Autowired
    MailDelivery delivery;
    @Autowired
    OutgoingMails mails;
    @Autowired
    GreenMail mailServer;

    EventFeed feed;

    @BeforeEach
    void feed() {
        feed = new EventFeed(json, broker);
    }

    @AfterEach
    void defaultPreferences() {
        jdbc.sql("DELETE FROM reminder_preference").update();
    }

    @Test
    void aSocietyWithItsAnnualReportDueIn7DaysIsRemindedExactlyOnceAcrossRerunsAndTwoConcurrentRuns() throws Exception {
        String tag = tag();
        String id = "annual-report:" + SOCIETY1 + ":" + tag;
        Instant due = endOf(AssociationTime.today(clock).plusDays(7));
        schedule(id, "ANNUAL_REPORT", due, "SOCIETY", SOCIETY1, null, "济宁市医学会 " + tag + "年度工作报告（年检）");

        // two runs at once, as two instances' would be, then a rerun
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Reminding.Run>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                together(together);
                return reminding.run();
            }));
        }
        int notices = runs.stream().mapToInt(run -> run.join().notices()).sum();
        reminding.run();
        assertThat(noticesFor("secretary1", id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM outgoing_mail WHERE subject LIKE ?").param("%" + tag + "%")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(notices).as("notices the two concurrent runs wrote, for all open deadlines").isPositive();

        // two senders at once, as two instances' would be: each mail goes once
        CyclicBarrier senders = new CyclicBarrier(2);
        List<CompletableFuture<MailDelivery.Delivery>> deliveries = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            deliveries.add(CompletableFuture.supplyAsync(() -> {
                together(senders);
                return delivery.sendDue();
            }));
        }
        deliveries.forEach(CompletableFuture::join);
        delivery.sendDue();
        List<MimeMessage> received = received("secretary1@example.org", tag);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).contains("还有7天").contains(tag + "年度工作报告");
        assertThat(GreenMailUtil.getBody(received.get(0))).isNotBlank();
        String body = received.get(0).getContent().toString();
        assertThat(body).contains("http://localhost:8080/api/societies/" + SOCIETY1 + "/inspections")
                .contains("还有7天");

        // the secretary's inbox through the API: the notice, unread, then read
        JsonNode inbox = json.readTree(mvc.perform(get("/api/publicity/inbox?unread=true&kind=ANNUAL_REPORT&size=100")
                .with(SECRETARY1)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode notice = find(inbox, id);
        assertThat(notice.get("stage").asString()).isEqualTo("P7D");
        assertThat(notice.get("title").asString()).contains("还有7天");
        long unread = unread(SECRETARY1);
        // nobody else can mark it: another person's notice does not exist for them
        mvc.perform(post("/api/publicity/inbox/" + notice.get("id").asString() + "/read").with(SECRETARY2))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/publicity/inbox/" + notice.get("id").asString() + "/read").with(SECRETARY1))
                .andExpect(status().isNoContent());
        assertThat(unread(SECRETARY1)).isEqualTo(unread - 1);
        mvc.perform(post("/api/publicity/inbox/read-all").with(SECRETARY1)).andExpect(status().isOk());
        assertThat(unread(SECRETARY1)).isZero();
    }

    @Test
    void aMissedDeadlineEscalatesToAdminOnceAndAMetOneDoesNot() throws Exception {
        String tag = tag();
        LocalDate lastDay = AssociationTime.today(clock).plusDays(3);
        String missed = "annual-report:" + SOCIETY2 + ":" + tag;
        String met = "annual-report:" + SOCIETY1 + ":" + tag;
        schedule(missed, "ANNUAL_REPORT", endOf(lastDay), "SOCIETY", SOCIETY2, null, "济宁市护理学会 " + tag + "年度工作报告（年检）");
        schedule(met, "ANNUAL_REPORT", endOf(lastDay), "SOCIETY", SOCIETY1, null, "济宁市医学会 " + tag + "年度工作报告（年检）");
        sendMet(met);
        awaitState(met, "MET");

        clock.setToday(lastDay.plusDays(1));
        reminding.run();
        reminding.run();
        assertThat(noticesFor("admin", missed)).isEqualTo(1);
        assertThat(noticesFor("admin", met)).isZero();
        assertThat(jdbc.sql("SELECT stage FROM inbox_notice WHERE recipient = 'admin' AND deadline_id = ?").param(missed)
                .query(String.class).single()).isEqualTo("MISSED");
        // the escalation goes to ADMIN, not again to the society
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_notice WHERE stage = 'MISSED' AND recipient <> 'admin' AND deadline_id = ?")
                .param(missed).query(Long.class).single()).isZero();

        delivery.sendDue();
        List<MimeMessage> received = received("admin@example.org", tag);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).startsWith("【逾期】").contains("济宁市护理学会");
        mvc.perform(get("/api/publicity/inbox?kind=ANNUAL_REPORT&size=100").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.deadlineId == '" + missed + "')].stage").value("MISSED"));
    }

    @Test
    void preferencesAreHonoured() throws Exception {
        // inbox only: a notice, no mail
        mvc.perform(json(put("/api/publicity/inbox/preferences").with(SECRETARY2),
                "{\"email\":false,\"dailyDigest\":false,\"mutedKinds\":[]}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(false));
        String tag = tag();
        String inboxOnly = "grant-report:" + tag;
        schedule(inboxOnly, "GRANT_REPORT", endOf(AssociationTime.today(clock).plusDays(1)), "SOCIETY", SOCIETY2, null,
                "资助项目结项报告 " + tag);
        reminding.run();
        assertThat(noticesFor("secretary2", inboxOnly)).isEqualTo(1);
        assertThat(mailsAbout(tag)).isZero();

        // a muted kind: nothing at all
        mvc.perform(json(put("/api/publicity/inbox/preferences").with(SECRETARY2),
                "{\"email\":false,\"dailyDigest\":false,\"mutedKinds\":[\"MUTED_KIND\"]}")).andExpect(status().isOk());
        String muted = "muted:" + tag;
        schedule(muted, "MUTED_KIND", endOf(AssociationTime.today(clock).plusDays(1)), "SOCIETY", SOCIETY2, null,
                "静音事项 " + tag);
        reminding.run();
        assertThat(noticesFor("secretary2", muted)).isZero();

        // a daily digest: the day's mails held, then gathered into one
        mvc.perform(json(put("/api/publicity/inbox/preferences").with(SECRETARY2),
                "{\"email\":true,\"dailyDigest\":true,\"mutedKinds\":[]}")).andExpect(status().isOk());
        String first = "digest-1:" + tag;
        String second = "digest-2:" + tag;
        schedule(first, "GRANT_REPORT", endOf(AssociationTime.today(clock).plusDays(6)), "SOCIETY", SOCIETY2, null,
                "第一项 " + tag);
        schedule(second, "GRANT_REPORT", endOf(AssociationTime.today(clock).plusDays(20)), "SOCIETY", SOCIETY2, null,
                "第二项 " + tag);
        reminding.run();
        // held: the two new ones (the kind muted before is not muted any more, so it is held too)
        assertThat(jdbc.sql("SELECT count(*) FROM outgoing_mail WHERE status = 'HELD' AND subject LIKE ?")
                .param("%第_项 " + tag + "%").query(Long.class).single()).isEqualTo(2);
        delivery.sendDue();
        assertThat(received("secretary2@example.org", tag)).isEmpty();
        assertThat(delivery.digest()).isPositive();
        delivery.sendDue();
        List<MimeMessage> digests = received("secretary2@example.org", "每日提醒汇总").stream()
                .filter(m -> body(m).contains("第一项 " + tag)).toList();
        assertThat(digests).hasSize(1);
        assertThat(body(digests.get(0))).contains("第二项 " + tag);

        mvc.perform(json(put("/api/publicity/inbox/preferences").with(SECRETARY2),
                "{\"email\":true,\"dailyDigest\":false,\"mutedKinds\":[\"not a kind\"]}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anExpertIsFoundByTheirExpertId() throws Exception {
        String tag = tag();
        String id = "review-assignment:" + tag;
        schedule(id, "REVIEW_ASSIGNMENT", endOf(AssociationTime.today(clock).plusDays(1)), "EXPERT", null, EXPERT1,
                "评审任务 " + tag);
        reminding.run();
        assertThat(noticesFor("expert1", id)).isEqualTo(1);
        assertThat(noticesFor("secretary1", id)).isZero();
    }

    @Test
    void aFailingMailIsRetriedWithBackoffThenLeftFailedForAdminWhoMayRetryIt() throws Exception {
        String tag = tag();
        mails.add("secretary1", "nobody@@example.org", "无法投递 " + tag, "正文", false, clock.instant());
        UUID id = jdbc.sql("SELECT id FROM outgoing_mail WHERE subject = ?").param("无法投递 " + tag)
                .query(UUID.class).single();
        Instant before = clock.instant();
        delivery.sendDue();
        var row = jdbc.sql("SELECT status, attempts, next_attempt_at, last_error FROM outgoing_mail WHERE id = ?")
                .param(id).query().singleRow();
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("last_error")).isNotNull();
        assertThat(((java.sql.Timestamp) row.get("next_attempt_at")).toInstant())
                .isAfterOrEqualTo(before.plus(Duration.ofMinutes(1)));
        assertThat(delivery.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(delivery.backoff(12)).isEqualTo(Duration.ofHours(6));

        LocalDate day = AssociationTime.today(clock);
        for (int attempt = 2; attempt <= 8; attempt++) {
            clock.setToday(day.plusDays(attempt));
            delivery.sendDue();
        }
        mvc.perform(get("/api/publicity/reminders/mail?status=FAILED&size=100").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')].attempts").value(8))
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')].lastError").isNotEmpty());
        mvc.perform(post("/api/publicity/reminders/mail/" + id + "/retry").with(admin())).andExpect(status().isAccepted());
        mvc.perform(post("/api/publicity/reminders/mail/" + id + "/retry").with(admin())).andExpect(status().isConflict());
        mvc.perform(post("/api/publicity/reminders/mail/" + UUID.randomUUID() + "/retry").with(admin()))
                .andExpect(status().isNotFound());
        jdbc.sql("DELETE FROM outgoing_mail WHERE id = ?").param(id).update();
    }

    @Test
    void anAwardsPublicNoticeClosingRemindsAdminUntilTheResultsAreAnnounced() throws Exception {
        String award = UUID.randomUUID().toString();
        String id = "award-notice:" + award;
        ObjectNode opened = feed.sample("expert/AwardPublicNoticeOpened.v1.json");
        opened.put("subject", award);
        ObjectNode data = (ObjectNode) opened.get("data");
        ((ObjectNode) data.get("programme")).put("id", award);
        data.put("opensOn", AssociationTime.today(clock).minusDays(6).toString())
                .put("closesOn", AssociationTime.today(clock).plusDays(1).toString());
        feed.send("expert.events", opened);
        awaitState(id, "OPEN");
        reminding.run();
        assertThat(jdbc.sql("SELECT stage FROM inbox_notice WHERE recipient = 'admin' AND deadline_id = ?").param(id)
                .query(String.class).single()).isEqualTo("P1D");

        ObjectNode announced = feed.sample("expert/AwardResultsAnnounced.v1.json");
        announced.put("subject", award);
        ((ObjectNode) announced.get("data").get("programme")).put("id", award);
        feed.send("expert.events", announced);
        awaitState(id, "MET");
    }

    // ---- helpers

    private void schedule(String id, String kind, Instant dueAt, String audience, UUID society, UUID expert, String title)
            throws IOException {
        ObjectNode event = sample("DeadlineScheduled.v1");
        event.put("subject", id);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("deadlineId", id).put("kind", kind).put("dueAt", dueAt.toString()).put("title", title)
                .put("link", society == null ? "/api/experts/" + expert : "/api/societies/" + society + "/inspections");
        ((ObjectNode) data.get("audience")).put("kind", audience)
                .put("societyId", society == null ? null : society.toString())
                .put("expertId", expert == null ? null : expert.toString());
        feed.send("society.events", event);
        awaitState(id, "OPEN");
    }

    private void sendMet(String id) throws IOException {
        ObjectNode event = sample("DeadlineMet.v1");
        event.put("subject", id);
        ((ObjectNode) event.get("data")).put("deadlineId", id).put("metAt", Instant.now().toString());
        feed.send("society.events", event);
    }

    private ObjectNode sample(String type) throws IOException {
        ObjectNode event = (ObjectNode) json.readTree(Files.readString(SAMPLES.resolve(type + ".json")));
        String eventId = UUID.randomUUID().toString();
        String now = Instant.now().toString();
        event.put("id", eventId).put("time", now);
        ((ObjectNode) event.get("data")).put("eventId", eventId).put("occurredAt", now);
        return event;
    }

    private void awaitState(String id, String state) {
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("SELECT state FROM deadline WHERE deadline_id = ?")
                .param(id).query(String.class).optional().filter(state::equals).isPresent());
    }

    private long noticesFor(String recipient, String deadline) {
        return jdbc.sql("SELECT count(*) FROM inbox_notice WHERE recipient = ? AND deadline_id = ?")
                .params(recipient, deadline).query(Long.class).single();
    }

    private long mailsAbout(String tag) {
        return jdbc.sql("SELECT count(*) FROM outgoing_mail WHERE subject LIKE ?").param("%" + tag + "%")
                .query(Long.class).single();
    }

    private long unread(RequestPostProcessor who) throws Exception {
        return json.readTree(mvc.perform(get("/api/publicity/inbox/unread-count").with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("unread").asLong();
    }

    private List<MimeMessage> received(String address, String about) {
        return Arrays.stream(mailServer.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address))
                        && m.getSubject().contains(about);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode find(JsonNode page, String deadline) {
        for (JsonNode notice : page.get("content")) {
            if (deadline.equals(notice.get("deadlineId").asString())) {
                return notice;
            }
        }
        throw new AssertionError("no notice for " + deadline + " in " + page);
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(AssociationTime.ZONE).toInstant();
    }

    private static String tag() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    private static void together(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
