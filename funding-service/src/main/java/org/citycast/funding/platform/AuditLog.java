package org.citycast.funding.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes this service's {@code audit_entry}: who made a change, when, its action, and snapshots of
 * the state before and after, in the same transaction as the change. Every audited service's table
 * has those columns; what a change concerns (a society, a grant application...) is in columns of its
 * own, which the service's audit module names and types in the methods its features call.
 */
@Component
public class AuditLog {

    private static final Pattern COLUMN = Pattern.compile("[a-z_]+");
    private static final Set<String> SHARED = Set.of("id", "at", "actor", "action", "before", "after");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records one change by the current user. {@code before} and {@code after} are snapshots (records)
     * of what changed, either null for a creation or a removal; {@code own} maps the table's own columns
     * (e.g. {@code society_id}) to their values, which may be null.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(String action, Object before, Object after, Map<String, ?> own) {
        StringBuilder columns = new StringBuilder("id, at, actor, action, before, after");
        StringBuilder values = new StringBuilder(":id, :at, :actor, :action, CAST(:before AS jsonb), CAST(:after AS jsonb)");
        Map<String, Object> params = new HashMap<>(own);
        for (String column : own.keySet()) {
            if (!COLUMN.matcher(column).matches() || SHARED.contains(column)) {
                throw new IllegalArgumentException("Not a column of this service's own: " + column);
            }
            columns.append(", ").append(column);
            values.append(", :").append(column);
        }
        params.put("id", UUID.randomUUID());
        params.put("at", Timestamp.from(clock.instant()));
        params.put("actor", CurrentUser.get().username());
        params.put("action", action);
        params.put("before", toJson(before));
        params.put("after", toJson(after));
        jdbc.sql("INSERT INTO audit_entry (" + columns + ") VALUES (" + values + ")").params(params).update();
    }

    private String toJson(Object snapshot) {
        return snapshot == null ? null : json.writeValueAsString(snapshot);
    }
}
