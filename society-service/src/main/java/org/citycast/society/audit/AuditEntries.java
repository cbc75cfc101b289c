package org.citycast.society.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail back, newest first. */
@Repository
class AuditEntries {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditEntries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record AuditEntryView(UUID id, UUID societyId, UUID expertId, Instant at, String actor, String action, String reason,
            JsonNode before, JsonNode after) {
    }

    /** Newest first; {@code societyId} or {@code expertId}, when given, narrow it to one society or expert. */
    @Transactional(readOnly = true)
    Page<AuditEntryView> list(UUID societyId, UUID expertId, Pageable page) {
        String where = " WHERE (CAST(:society AS uuid) IS NULL OR society_id = :society)"
                + " AND (CAST(:expert AS uuid) IS NULL OR expert_id = :expert)";
        long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where).param("society", societyId)
                .param("expert", expertId).query(Long.class).single();
        List<AuditEntryView> content = jdbc.sql("""
                        SELECT id, society_id, expert_id, at, actor, action, reason, before::text AS before, after::text AS after
                        FROM audit_entry""" + where + " ORDER BY at DESC, id LIMIT :limit OFFSET :offset")
                .param("society", societyId)
                .param("expert", expertId)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new AuditEntryView(rs.getObject("id", UUID.class),
                        rs.getObject("society_id", UUID.class), rs.getObject("expert_id", UUID.class), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("reason"),
                        tree(rs.getString("before")), tree(rs.getString("after"))))
                .list();
        return new PageImpl<>(content, page, total);
    }

    private JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }
}
