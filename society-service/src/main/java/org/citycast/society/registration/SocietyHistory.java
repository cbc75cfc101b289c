package org.citycast.society.registration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register's past: a row for every change of a society, with the status, health tier and
 * party organisation it had from then on, written in the same transaction as the change.
 */
@Repository
class SocietyHistory {

    private final JdbcClient jdbc;

    SocietyHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Society society, SocietyStatus previous, Instant at) {
        jdbc.sql("""
                        INSERT INTO society_state (society_id, valid_from, status, previous_status, health_tier, party_form)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(society.getId(), Timestamp.from(at), society.getStatus().name(),
                        previous == null ? null : previous.name(), society.getHealthTier().name(),
                        society.getParty().form().name())
                .update();
    }

    /** Every society that was on the register at {@code moment}, as it stood then. */
    List<SocietyState> asOf(Instant moment) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (society_id) society_id, status, health_tier, party_form
                        FROM society_state WHERE valid_from <= ?
                        ORDER BY society_id, valid_from DESC, seq DESC""")
                .param(Timestamp.from(moment))
                .query((rs, n) -> new SocietyState(rs.getObject("society_id", UUID.class),
                        SocietyStatus.valueOf(rs.getString("status")), HealthTier.valueOf(rs.getString("health_tier")),
                        PartyOrganisationForm.valueOf(rs.getString("party_form"))))
                .list();
    }

    /** How many societies made each move (e.g. JOINING→ACTIVE) in {@code [from, to)}, keyed "FROM→TO". */
    Map<String, Long> movesBetween(Instant from, Instant to) {
        Map<String, Long> moves = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT coalesce(previous_status, 'NEW') || '→' || status AS move, count(DISTINCT society_id) AS n
                        FROM society_state
                        WHERE valid_from >= ? AND valid_from < ? AND previous_status IS DISTINCT FROM status
                        GROUP BY 1 ORDER BY 1""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(rs -> {
                    moves.put(rs.getString("move"), rs.getLong("n"));
                });
        return moves;
    }
}
