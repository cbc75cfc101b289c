package org.citycast.funding.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/funding/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditController(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record AuditFilter(String subjectId, UUID societyId, String action) {
    }

    record AuditEntryView(UUID id, String subjectId, UUID societyId, Instant at, String actor, String action,
            JsonNode before, JsonNode after) {
    }

    /** Newest first, narrowed to one subject (e.g. an application id), one society or one action. */
    @GetMapping
    @Transactional(readOnly = true)
    Page<AuditEntryView> list(AuditFilter filter, Pageable page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.subjectId() != null && !filter.subjectId().isBlank()) {
            conditions.add("subject_id = :subject");
            params.put("subject", filter.subjectId().strip());
        }
        if (filter.societyId() != null) {
            conditions.add("society_id = :society");
            params.put("society", filter.societyId());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            conditions.add("action = :action");
            params.put("action", filter.action().strip());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where).params(params).query(Long.class).single();
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        var content = jdbc.sql("SELECT id, subject_id, society_id, at, actor, action, before::text AS before, "
                        + "after::text AS after FROM audit_entry" + where
                        + " ORDER BY at DESC, id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new AuditEntryView(rs.getObject("id", UUID.class), rs.getString("subject_id"),
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
