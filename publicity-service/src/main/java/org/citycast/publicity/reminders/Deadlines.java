package org.citycast.publicity.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.citycast.publicity.inbound.DeadlineReported;
import org.citycast.publicity.platform.ListQuery;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines the services announced. The latest announcement of a deadline stands: a
 * {@code DeadlineScheduled} after a {@code DeadlineMet} (a returned report is due again) opens it
 * again, and an older event arriving late changes nothing.
 */
@Repository
class Deadlines {

    private final JdbcClient jdbc;

    Deadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DeadlineReported reported) {
        if ("SCHEDULED".equals(reported.change())) {
            jdbc.sql("""
                            INSERT INTO deadline (deadline_id, producer, kind, state, due_at, audience_kind, society_id,
                                expert_id, title, link, as_of)
                            VALUES (:id, :producer, :kind, 'OPEN', :due, :audience, :society, :expert, :title, :link, :at)
                            ON CONFLICT (deadline_id) DO UPDATE SET producer = excluded.producer, kind = excluded.kind,
                                state = 'OPEN', due_at = excluded.due_at, audience_kind = excluded.audience_kind,
                                society_id = excluded.society_id, expert_id = excluded.expert_id,
                                title = excluded.title, link = excluded.link, met_at = NULL, reason = NULL,
                                as_of = excluded.as_of
                            WHERE deadline.as_of <= excluded.as_of""")
                    .param("id", reported.deadlineId()).param("producer", reported.producer())
                    .param("kind", reported.kind()).param("due", Timestamp.from(reported.dueAt()))
                    .param("audience", reported.audience().kind())
                    .param("society", reported.audience().societyId(), Types.OTHER)
                    .param("expert", reported.audience().expertId(), Types.OTHER)
                    .param("title", reported.title()).param("link", reported.link())
                    .param("at", Timestamp.from(reported.time()))
                    .update();
            return;
        }
        String state = "MET".equals(reported.change()) ? "MET" : "CANCELLED";
        jdbc.sql("""
                        INSERT INTO deadline (deadline_id, producer, kind, state, met_at, reason, as_of)
                        VALUES (:id, :producer, :kind, :state, :met, :reason, :at)
                        ON CONFLICT (deadline_id) DO UPDATE SET state = excluded.state, met_at = excluded.met_at,
                            reason = excluded.reason, as_of = excluded.as_of
                        WHERE deadline.as_of <= excluded.as_of""")
                .param("id", reported.deadlineId()).param("producer", reported.producer())
                .param("kind", reported.kind()).param("state", state)
                .param("met", reported.metAt() == null ? null : Timestamp.from(reported.metAt()), Types.TIMESTAMP)
                .param("reason", reported.reason()).param("at", Timestamp.from(reported.time()))
                .update();
    }

    /** Open deadlines due after {@code from} and before {@code until}, soonest first: the ones a run looks at. */
    List<Deadline> openBetween(Instant from, Instant until) {
        return jdbc.sql("""
                        SELECT * FROM deadline WHERE state = 'OPEN' AND due_at > ? AND due_at < ?
                        ORDER BY due_at, deadline_id""")
                .params(Timestamp.from(from), Timestamp.from(until))
                .query((rs, row) -> deadline(rs)).list();
    }

    Page<Deadline> list(String state, String kind, Pageable page) {
        return new ListQuery("deadline", Map.of("dueAt", "due_at", "kind", "kind", "asOf", "as_of"), "due_at DESC",
                "deadline_id")
                .whereGiven("state = :state", "state", state)
                .whereGiven("kind = :kind", "kind", kind)
                .page(jdbc, "*", page, (rs, row) -> deadline(rs));
    }

    private static Deadline deadline(ResultSet rs) throws SQLException {
        return new Deadline(rs.getString("deadline_id"), rs.getString("producer"), rs.getString("kind"),
                rs.getString("state"), instant(rs, "due_at"), rs.getString("audience_kind"),
                rs.getObject("society_id", java.util.UUID.class), rs.getObject("expert_id", java.util.UUID.class),
                rs.getString("title"), rs.getString("link"), instant(rs, "met_at"), rs.getString("reason"),
                instant(rs, "as_of"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
