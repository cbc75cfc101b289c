package org.citycast.society.pool;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The read model of pool experts: neighbours look an expert up; only the consumer writes. */
@Repository
public class PoolExperts {

    private final JdbcClient jdbc;

    PoolExperts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PoolExpert> find(UUID id) {
        return jdbc.sql("SELECT id, name, title, employer, pools, committee_member, as_of FROM pool_expert WHERE id = ?")
                .param(id).query(PoolExperts::map).optional();
    }

    /** Locks the expert's row for this transaction (none yet: nothing to lock), so two deliveries do not interleave. */
    Optional<PoolExpert> lock(UUID id) {
        return jdbc.sql("""
                        SELECT id, name, title, employer, pools, committee_member, as_of FROM pool_expert
                        WHERE id = ? FOR UPDATE""")
                .param(id).query(PoolExperts::map).optional();
    }

    void save(PoolExpert expert) {
        // pool codes are enum names of expert-service, so the array literal needs no quoting
        jdbc.sql("""
                        INSERT INTO pool_expert (id, name, title, employer, pools, committee_member, as_of)
                        VALUES (?, ?, ?, ?, CAST(? AS text[]), ?, ?)
                        ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, title = EXCLUDED.title,
                            employer = EXCLUDED.employer, pools = EXCLUDED.pools,
                            committee_member = EXCLUDED.committee_member, as_of = EXCLUDED.as_of""")
                .params(expert.id(), expert.name(), expert.title(), expert.employer(),
                        "{" + String.join(",", expert.pools()) + "}", expert.committeeMember(),
                        Timestamp.from(expert.asOf()))
                .update();
    }

    private static PoolExpert map(ResultSet row, int number) throws SQLException {
        return new PoolExpert(row.getObject("id", UUID.class), row.getString("name"), row.getString("title"),
                row.getString("employer"), Arrays.asList((String[]) row.getArray("pools").getArray()),
                row.getBoolean("committee_member"), row.getTimestamp("as_of").toInstant());
    }
}
