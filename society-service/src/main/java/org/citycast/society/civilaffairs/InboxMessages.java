package org.citycast.society.civilaffairs;

import org.citycast.society.platform.FieldProblem;
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

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The inbox: every message civil affairs sent, by its messageId, and what became of it. */
@Repository
class InboxMessages {

    private static final String COLUMNS = "message_id, kind, society_id, sent_at, status, received_at, processed_at, "
            + "error, errors::text AS errors, payload::text AS payload";
    private static final TypeReference<List<FieldProblem>> PROBLEMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    InboxMessages(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps a new message; false if its messageId is already kept (a repeat that raced this one). */
    boolean add(String messageId, MessageKind kind, UUID societyId, String orderingKey, Instant sentAt,
            JsonNode payload, Instant receivedAt, InboxStatus status, String error, List<FieldProblem> errors) {
        return jdbc.sql("""
                        INSERT INTO civil_affairs_inbox (message_id, kind, society_id, ordering_key, sent_at, payload,
                            received_at, status, processed_at, error, errors)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, CAST(? AS jsonb))
                        ON CONFLICT (message_id) DO NOTHING""")
                .params(messageId, kind.name(), societyId, orderingKey, timestamp(sentAt), payload.toString(),
                        timestamp(receivedAt), status.name(),
                        status == InboxStatus.WAITING ? null : timestamp(receivedAt), error,
                        errors.isEmpty() ? null : json.writeValueAsString(errors))
                .update() == 1;
    }

    Optional<InboxEntry> find(String messageId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM civil_affairs_inbox WHERE message_id = ?")
                .param(messageId)
                .query(this::entry)
                .optional();
    }

    /** Whether a kept message has exactly this kind and content (JSON equality, whatever the key order). */
    boolean isSame(String messageId, MessageKind kind, JsonNode payload) {
        return jdbc.sql("""
                        SELECT count(*) FROM civil_affairs_inbox
                        WHERE message_id = ? AND kind = ? AND payload = CAST(? AS jsonb)""")
                .params(messageId, kind.name(), payload.toString())
                .query(Long.class)
                .single() == 1;
    }

    /** A society's waiting messages, newest first, so that the newest of a kind is the one applied. */
    List<InboxEntry> waitingOf(UUID societyId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM civil_affairs_inbox WHERE society_id = ? AND status = 'WAITING' "
                        + "ORDER BY sent_at DESC, received_at DESC")
                .param(societyId)
                .query(this::entry)
                .list();
    }

    /** The societies that have waiting messages, those waiting longest first. */
    List<UUID> societiesWaiting(int limit) {
        return jdbc.sql("""
                        SELECT society_id FROM civil_affairs_inbox WHERE status = 'WAITING'
                        GROUP BY society_id ORDER BY min(received_at) LIMIT ?""")
                .param(limit)
                .query(UUID.class)
                .list();
    }

    /** An applied message of the society sent after {@code sentAt}, about the same thing, or about anything if {@code orderingKey} is null. */
    Optional<String> newerApplied(UUID societyId, String orderingKey, Instant sentAt) {
        return jdbc.sql("""
                        SELECT message_id FROM civil_affairs_inbox
                        WHERE society_id = :society AND status = 'APPLIED' AND sent_at > :sentAt
                          AND (CAST(:key AS text) IS NULL OR ordering_key = :key)
                        ORDER BY sent_at DESC LIMIT 1""")
                .param("society", societyId)
                .param("sentAt", timestamp(sentAt))
                .param("key", orderingKey)
                .query(String.class)
                .optional();
    }

    void settle(String messageId, InboxStatus status, Instant now, String error, List<FieldProblem> errors) {
        jdbc.sql("""
                        UPDATE civil_affairs_inbox SET status = ?, processed_at = ?, error = ?, errors = CAST(? AS jsonb)
                        WHERE message_id = ?""")
                .params(status.name(), timestamp(now), error, errors.isEmpty() ? null : json.writeValueAsString(errors),
                        messageId)
                .update();
    }

    /** A message still waiting notes why, for ADMIN to see. */
    void stillWaiting(String messageId, String reason) {
        jdbc.sql("UPDATE civil_affairs_inbox SET error = ? WHERE message_id = ? AND status = 'WAITING'")
                .params(reason, messageId)
                .update();
    }

    /** Newest first, optionally of one status and of one society. */
    Page<InboxEntry> list(InboxStatus status, UUID societyId, Pageable page) {
        String where = " WHERE (CAST(:status AS text) IS NULL OR status = :status)"
                + " AND (CAST(:society AS uuid) IS NULL OR society_id = :society)";
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql("SELECT count(*) FROM civil_affairs_inbox" + where)
                .param("status", statusName)
                .param("society", societyId)
                .query(Long.class)
                .single();
        List<InboxEntry> content = jdbc.sql("SELECT " + COLUMNS + " FROM civil_affairs_inbox" + where
                        + " ORDER BY received_at DESC, message_id LIMIT :limit OFFSET :offset")
                .param("status", statusName)
                .param("society", societyId)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(this::entry)
                .list();
        return new PageImpl<>(content, page, total);
    }

    private InboxEntry entry(ResultSet rs, int row) throws SQLException {
        String errors = rs.getString("errors");
        return new InboxEntry(rs.getString("message_id"), MessageKind.valueOf(rs.getString("kind")),
                rs.getObject("society_id", UUID.class), instant(rs, "sent_at"),
                InboxStatus.valueOf(rs.getString("status")), instant(rs, "received_at"),
                instant(rs, "processed_at"), rs.getString("error"),
                errors == null ? List.of() : json.readValue(errors, PROBLEMS), json.readTree(rs.getString("payload")));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
