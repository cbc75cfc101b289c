package org.citycast.society.civilaffairs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The dispatch outbox: what is to be sent to civil affairs, and how far each delivery got. */
@Repository
class Dispatches {

    private static final String COLUMNS = "id, kind, society_id, payload::text AS payload, status, attempts, "
            + "next_attempt_at, last_error, created_at, sent_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Dispatches(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Adds a PENDING dispatch unless one was already made from the same event (a redelivery); true if added. */
    boolean add(DispatchKind kind, UUID societyId, String sourceEvent, Object payload, Instant now) {
        return jdbc.sql("""
                        INSERT INTO civil_affairs_dispatch
                            (id, kind, society_id, source_event, payload, status, attempts, next_attempt_at, created_at)
                        VALUES (?, ?, ?, ?, CAST(? AS jsonb), 'PENDING', 0, ?, ?)
                        ON CONFLICT (source_event) DO NOTHING""")
                .params(UUID.randomUUID(), kind.name(), societyId, sourceEvent, json.writeValueAsString(payload),
                        Timestamp.from(now), Timestamp.from(now))
                .update() == 1;
    }

    /**
     * Takes up to {@code limit} due dispatches for sending until {@code claimUntil}, skipping rows
     * another sender holds. A society's dispatches go out in the order they were made: one waits
     * while an earlier one of the same society is still pending.
     */
    List<Dispatch> claimDue(Instant now, Instant claimUntil, int limit) {
        return jdbc.sql("""
                        UPDATE civil_affairs_dispatch SET claimed_until = :claimUntil
                        WHERE id IN (
                            SELECT d.id FROM civil_affairs_dispatch d
                            WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now
                              AND (d.claimed_until IS NULL OR d.claimed_until < :now)
                              AND NOT EXISTS (SELECT 1 FROM civil_affairs_dispatch e
                                              WHERE e.society_id = d.society_id AND e.status = 'PENDING'
                                                AND (e.created_at, e.id) < (d.created_at, d.id))
                            ORDER BY d.next_attempt_at
                            LIMIT :limit
                            FOR UPDATE SKIP LOCKED)
                        RETURNING\s""" + COLUMNS)
                .param("now", Timestamp.from(now))
                .param("claimUntil", Timestamp.from(claimUntil))
                .param("limit", limit)
                .query(this::dispatch)
                .list();
    }

    void markSent(UUID id, Instant now) {
        jdbc.sql("""
                        UPDATE civil_affairs_dispatch
                        SET status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = NULL, claimed_until = NULL
                        WHERE id = ? AND status = 'PENDING'""")
                .params(Timestamp.from(now), id)
                .update();
    }

    void markRetry(UUID id, String error, Instant nextAttemptAt) {
        jdbc.sql("""
                        UPDATE civil_affairs_dispatch
                        SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_until = NULL
                        WHERE id = ? AND status = 'PENDING'""")
                .params(error, Timestamp.from(nextAttemptAt), id)
                .update();
    }

    void markFailed(UUID id, String error) {
        jdbc.sql("""
                        UPDATE civil_affairs_dispatch
                        SET status = 'FAILED', attempts = attempts + 1, last_error = ?, claimed_until = NULL
                        WHERE id = ? AND status = 'PENDING'""")
                .params(error, id)
                .update();
    }

    /** A FAILED dispatch goes back to PENDING, due now, with a fresh count of attempts; false if it was not FAILED. */
    boolean resend(UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE civil_affairs_dispatch
                        SET status = 'PENDING', attempts = 0, next_attempt_at = ?, claimed_until = NULL
                        WHERE id = ? AND status = 'FAILED'""")
                .params(Timestamp.from(now), id)
                .update() == 1;
    }

    Optional<Dispatch> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM civil_affairs_dispatch WHERE id = ?")
                .param(id)
                .query(this::dispatch)
                .optional();
    }

    /** Newest first, optionally of one status and of one society. */
    Page<Dispatch> list(DispatchStatus status, UUID societyId, Pageable page) {
        String where = " WHERE (CAST(:status AS text) IS NULL OR status = :status)"
                + " AND (CAST(:society AS uuid) IS NULL OR society_id = :society)";
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql("SELECT count(*) FROM civil_affairs_dispatch" + where)
                .param("status", statusName)
                .param("society", societyId)
                .query(Long.class)
                .single();
        List<Dispatch> content = jdbc.sql("SELECT " + COLUMNS + " FROM civil_affairs_dispatch" + where
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("status", statusName)
                .param("society", societyId)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(this::dispatch)
                .list();
        return new PageImpl<>(content, page, total);
    }

    private Dispatch dispatch(ResultSet rs, int row) throws SQLException {
        return new Dispatch(rs.getObject("id", UUID.class), DispatchKind.valueOf(rs.getString("kind")),
                rs.getObject("society_id", UUID.class), json.readTree(rs.getString("payload")),
                DispatchStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
