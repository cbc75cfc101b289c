package org.citycast.publicity.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.citycast.publicity.platform.ListQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The in-app inboxes; every read and change names the person whose inbox it is. */
@Repository
class Inbox {

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims one reminder for one person and channel: true the first time, false for a repeat. Two
     * runs claiming the same key at once are serialised by the primary key; the second waits for the
     * first to commit and then claims nothing.
     */
    boolean claim(Deadline deadline, String stage, String recipient, String channel, Instant at) {
        return jdbc.sql("""
                        INSERT INTO reminder_claim (deadline_id, due_at, stage, recipient, channel, claimed_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(deadline.deadlineId(), Timestamp.from(deadline.dueAt()), stage, recipient, channel,
                        Timestamp.from(at))
                .update() == 1;
    }

    void add(String recipient, Deadline deadline, String stage, String title, String body, String link, Instant at) {
        jdbc.sql("""
                        INSERT INTO inbox_notice (id, recipient, deadline_id, kind, stage, title, body, link, due_at,
                            created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), recipient, deadline.deadlineId(), deadline.kind(), stage, title, body, link,
                        Timestamp.from(deadline.dueAt()), Timestamp.from(at))
                .update();
    }

    Page<Notice> of(String recipient, Boolean unread, String kind, Pageable page) {
        ListQuery query = new ListQuery("inbox_notice", Map.of("createdAt", "created_at", "dueAt", "due_at"),
                "created_at DESC", "id")
                .where("recipient = :recipient", "recipient", recipient)
                .whereGiven("kind = :kind", "kind", kind);
        if (Boolean.TRUE.equals(unread)) {
            query.where("read_at IS NULL");
        } else if (Boolean.FALSE.equals(unread)) {
            query.where("read_at IS NOT NULL");
        }
        return query.page(jdbc, "*", page, (rs, row) -> notice(rs));
    }

    long unread(String recipient) {
        return jdbc.sql("SELECT count(*) FROM inbox_notice WHERE recipient = ? AND read_at IS NULL").param(recipient)
                .query(Long.class).single();
    }

    /** Marks one notice read; false when the person has no such notice (someone else's is not theirs to see). */
    boolean markRead(String recipient, UUID id, Instant at) {
        return jdbc.sql("""
                        UPDATE inbox_notice SET read_at = coalesce(read_at, :at) WHERE id = :id AND recipient = :recipient""")
                .param("at", Timestamp.from(at)).param("id", id).param("recipient", recipient)
                .update() == 1;
    }

    int markAllRead(String recipient, Instant at) {
        return jdbc.sql("UPDATE inbox_notice SET read_at = ? WHERE recipient = ? AND read_at IS NULL")
                .params(Timestamp.from(at), recipient).update();
    }

    private static Notice notice(ResultSet rs) throws SQLException {
        return new Notice(rs.getObject("id", UUID.class), rs.getString("deadline_id"), rs.getString("kind"),
                rs.getString("stage"), rs.getString("title"), rs.getString("body"), rs.getString("link"),
                Deadlines.instant(rs, "due_at"), Deadlines.instant(rs, "created_at"),
                Deadlines.instant(rs, "read_at"));
    }
}
