package org.citycast.publicity.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citycast.publicity.platform.ListQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mail outbox. A mail is written here in the transaction that claimed it and sent afterwards,
 * one at a time: a sender takes a due row with {@code FOR UPDATE SKIP LOCKED}, so two instances
 * never send the same mail, and a failure only moves its next attempt back.
 */
@Repository
class OutgoingMails {

    /** A mail ready to go, with its body. */
    record Due(UUID id, String address, String subject, String body, int attempts) {
    }

    /** A mail held for a daily digest. */
    record Held(UUID id, String address, String subject, String body) {
    }

    private final JdbcClient jdbc;

    OutgoingMails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String recipient, String address, String subject, String body, boolean held, Instant at) {
        jdbc.sql("""
                        INSERT INTO outgoing_mail (id, recipient, address, subject, body, status, next_attempt_at,
                            created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), recipient, address, subject, body, held ? "HELD" : "PENDING",
                        Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    /** The next mail due, locked until the caller's transaction ends; rows another sender holds are skipped. */
    Optional<Due> takeNext(Instant now) {
        return jdbc.sql("""
                        SELECT id, address, subject, body, attempts FROM outgoing_mail
                        WHERE status = 'PENDING' AND next_attempt_at <= ?
                        ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param(Timestamp.from(now))
                .query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getString("address"),
                        rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
                .optional();
    }

    void sent(UUID id, Instant at) {
        jdbc.sql("UPDATE outgoing_mail SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
                .params(Timestamp.from(at), id).update();
    }

    /** A failed attempt: tried again at {@code next}, or left FAILED when {@code next} is null. */
    void failed(UUID id, String error, Instant next) {
        jdbc.sql("""
                        UPDATE outgoing_mail SET attempts = attempts + 1, last_error = :error,
                            status = CASE WHEN CAST(:next AS timestamptz) IS NULL THEN 'FAILED' ELSE 'PENDING' END,
                            next_attempt_at = coalesce(CAST(:next AS timestamptz), next_attempt_at)
                        WHERE id = :id""")
                .param("error", error).param("next", next == null ? null : Timestamp.from(next), java.sql.Types.TIMESTAMP)
                .param("id", id).update();
    }

    /** ADMIN sends a FAILED mail again: a fresh round of attempts from now. */
    boolean retry(UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE outgoing_mail SET status = 'PENDING', attempts = 0, next_attempt_at = ?
                        WHERE id = ? AND status = 'FAILED'""")
                .params(Timestamp.from(now), id).update() == 1;
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM outgoing_mail WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    /** The people with mails held for their digest. */
    List<String> heldRecipients() {
        return jdbc.sql("SELECT DISTINCT recipient FROM outgoing_mail WHERE status = 'HELD' ORDER BY recipient")
                .query(String.class).list();
    }

    /** A person's held mails, locked; another instance building the same digest skips them. */
    List<Held> takeHeld(String recipient) {
        return jdbc.sql("""
                        SELECT id, address, subject, body FROM outgoing_mail WHERE status = 'HELD' AND recipient = ?
                        ORDER BY created_at, id FOR UPDATE SKIP LOCKED""")
                .param(recipient)
                .query((rs, row) -> new Held(rs.getObject("id", UUID.class), rs.getString("address"),
                        rs.getString("subject"), rs.getString("body")))
                .list();
    }

    /** Writes the digest as a mail of its own and marks what it gathers as DIGESTED into it. */
    void digest(String recipient, String address, String subject, String body, List<UUID> gathered, Instant at) {
        UUID digest = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO outgoing_mail (id, recipient, address, subject, body, status, next_attempt_at,
                            created_at)
                        VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
                .params(digest, recipient, address, subject, body, Timestamp.from(at), Timestamp.from(at))
                .update();
        jdbc.sql("UPDATE outgoing_mail SET status = 'DIGESTED', digest_id = :digest WHERE id IN (:ids)")
                .param("digest", digest).param("ids", gathered).update();
    }

    Page<OutgoingMail> list(String status, String recipient, Pageable page) {
        return new ListQuery("outgoing_mail", Map.of("createdAt", "created_at", "nextAttemptAt", "next_attempt_at"),
                "created_at DESC", "id")
                .whereGiven("status = :status", "status", status)
                .whereGiven("recipient = :recipient", "recipient", recipient)
                .page(jdbc, "id, recipient, address, subject, status, attempts, next_attempt_at, last_error, created_at, sent_at",
                        page, (rs, row) -> mail(rs));
    }

    private static OutgoingMail mail(ResultSet rs) throws SQLException {
        return new OutgoingMail(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("address"),
                rs.getString("subject"), rs.getString("status"), rs.getInt("attempts"),
                Deadlines.instant(rs, "next_attempt_at"), rs.getString("last_error"),
                Deadlines.instant(rs, "created_at"), Deadlines.instant(rs, "sent_at"));
    }
}
