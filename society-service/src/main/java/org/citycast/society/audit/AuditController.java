package org.citycast.society.audit;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/societies/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditController(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record AuditEntryView(UUID id, UUID societyId, Instant at, String actor, String action, JsonNode before,
            JsonNode after) {
    }

    /** Newest first; {@code societyId} narrows it to one society. */
    @GetMapping
    Page<AuditEntryView> list(@RequestParam(required = false) UUID societyId, Pageable page) {
        String where = societyId == null ? "" : " WHERE society_id = :society";
        var count = jdbc.sql("SELECT count(*) FROM audit_entry" + where);
        var rows = jdbc.sql("SELECT id, society_id, at, actor, action, before::text AS before, after::text AS after "
                + "FROM audit_entry" + where + " ORDER BY at DESC, id LIMIT :limit OFFSET :offset");
        if (societyId != null) {
            count = count.param("society", societyId);
            rows = rows.param("society", societyId);
        }
        long total = count.query(Long.class).single();
        var content = rows.param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query((rs, n) -> new AuditEntryView(rs.getObject("id", UUID.class),
                        rs.getObject("society_id", UUID.class), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), tree(rs.getString("before")),
                        tree(rs.getString("after"))))
                .list();
        return new PageImpl<>(content, page, total);
    }

    private JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }
}
