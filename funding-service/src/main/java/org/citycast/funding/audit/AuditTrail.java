package org.citycast.funding.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.citycast.funding.platform.CurrentUser;
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
     * Records one change of {@code subject} (a grant application's id, a budget year and category,
     * a catalogue code...). {@code before} and {@code after} are snapshots; either may be null.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subject, UUID societyId, String action, Object before, Object after) {
        jdbc.sql("""
                        INSERT INTO audit_entry (id, subject_id, society_id, at, actor, action, before, after)
                        VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""")
                .params(UUID.randomUUID(), subject, societyId, Timestamp.from(clock.instant()),
                        CurrentUser.get().username(), action, toJson(before), toJson(after))
                .update();
    }

    private String toJson(Object snapshot) {
        return snapshot == null ? null : json.writeValueAsString(snapshot);
    }
}
