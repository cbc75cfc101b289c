package org.citycast.society.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.citycast.society.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records one change. {@code before} and {@code after} are snapshots (records) of what changed;
     * either may be null for a creation or a removal.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID societyId, String action, Object before, Object after) {
        record(societyId, action, before, after, null);
    }

    /** Records a change made for a stated reason (an import, a correction), which the entry keeps. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID societyId, String action, Object before, Object after, String reason) {
        insert(societyId, null, action, before, after, reason);
    }

    /** Records a change about a pool expert's platform account, which belongs to no society. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordForExpert(UUID expertId, String action, Object before, Object after, String reason) {
        insert(null, expertId, action, before, after, reason);
    }

    private void insert(UUID societyId, UUID expertId, String action, Object before, Object after, String reason) {
        jdbc.sql("""
                        INSERT INTO audit_entry (id, society_id, expert_id, at, actor, action, before, after, reason)
                        VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)""")
                .params(UUID.randomUUID(), societyId, expertId, Timestamp.from(clock.instant()),
                        CurrentUser.get().username(), action, toJson(before), toJson(after), reason)
                .update();
    }

    private String toJson(Object snapshot) {
        return snapshot == null ? null : json.writeValueAsString(snapshot);
    }
}
