package org.citycast.society.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycast.society.registration.HealthTier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facts event-service reported, the assessments made from them, and ADMIN's overrides. */
@Repository
class ActivityFacts {

    enum Fact {
        PLANNED, PUBLISHED, CANCELLED, HELD
    }

    record HeldEvent(UUID eventId, String role, String kind, String title, Instant endedAt, Integer attended) {
    }

    record Assessment(UUID societyId, HealthTier computedTier, int held, int signsOfLife, Instant assessedAt) {
    }

    record Override(UUID societyId, HealthTier tier, String reason, String ratedBy, Instant ratedAt,
            HealthTier computedTierThen) {
    }

    private final JdbcClient jdbc;

    ActivityFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID society, UUID subject, Fact fact, String role, String kind, String title, Instant at,
            Integer attended) {
        jdbc.sql("""
                        INSERT INTO activity_fact (society_id, subject_id, fact, role, kind, title, at, attended)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (society_id, subject_id, fact) DO UPDATE SET role = excluded.role, kind = excluded.kind,
                            title = excluded.title, at = excluded.at, attended = excluded.attended""")
                .params(society, subject, fact.name(), role, kind, title, Timestamp.from(at), attended).update();
    }

    List<HeldEvent> held(UUID society, Instant from, Instant until) {
        return jdbc.sql("""
                        SELECT * FROM activity_fact WHERE society_id = ? AND fact = 'HELD' AND at >= ? AND at <= ?
                        ORDER BY at DESC""")
                .params(society, Timestamp.from(from), Timestamp.from(until))
                .query((rs, n) -> new HeldEvent(rs.getObject("subject_id", UUID.class), rs.getString("role"),
                        rs.getString("kind"), rs.getString("title"), rs.getTimestamp("at").toInstant(),
                        (Integer) rs.getObject("attended")))
                .list();
    }

    int signsOfLife(UUID society, Instant from, Instant until) {
        return jdbc.sql("""
                        SELECT count(*) FROM activity_fact WHERE society_id = ? AND fact <> 'HELD' AND at >= ? AND at <= ?""")
                .params(society, Timestamp.from(from), Timestamp.from(until)).query(Integer.class).single();
    }

    List<UUID> societies() {
        return jdbc.sql("SELECT DISTINCT society_id FROM activity_fact").query(UUID.class).list();
    }

    void saveAssessment(Assessment a) {
        jdbc.sql("""
                        INSERT INTO health_assessment (society_id, computed_tier, held, signs_of_life, assessed_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (society_id) DO UPDATE SET computed_tier = excluded.computed_tier, held = excluded.held,
                            signs_of_life = excluded.signs_of_life, assessed_at = excluded.assessed_at""")
                .params(a.societyId(), a.computedTier().name(), a.held(), a.signsOfLife(),
                        Timestamp.from(a.assessedAt()))
                .update();
    }

    Optional<Assessment> assessment(UUID society) {
        return jdbc.sql("SELECT * FROM health_assessment WHERE society_id = ?").param(society)
                .query((rs, n) -> new Assessment(society, HealthTier.valueOf(rs.getString("computed_tier")),
                        rs.getInt("held"), rs.getInt("signs_of_life"), rs.getTimestamp("assessed_at").toInstant()))
                .optional();
    }

    void saveOverride(Override o) {
        jdbc.sql("""
                        INSERT INTO health_override (society_id, tier, reason, rated_by, rated_at, computed_tier_then)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (society_id) DO UPDATE SET tier = excluded.tier, reason = excluded.reason,
                            rated_by = excluded.rated_by, rated_at = excluded.rated_at,
                            computed_tier_then = excluded.computed_tier_then""")
                .params(o.societyId(), o.tier().name(), o.reason(), o.ratedBy(), Timestamp.from(o.ratedAt()),
                        o.computedTierThen() == null ? null : o.computedTierThen().name())
                .update();
    }

    Optional<Override> override(UUID society) {
        return jdbc.sql("SELECT * FROM health_override WHERE society_id = ?").param(society)
                .query((rs, n) -> new Override(society, HealthTier.valueOf(rs.getString("tier")), rs.getString("reason"),
                        rs.getString("rated_by"), rs.getTimestamp("rated_at").toInstant(),
                        rs.getString("computed_tier_then") == null ? null
                                : HealthTier.valueOf(rs.getString("computed_tier_then"))))
                .optional();
    }

    void endOverride(UUID society) {
        jdbc.sql("DELETE FROM health_override WHERE society_id = ?").param(society).update();
    }
}
