package org.citycast.society.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ExpertAccounts {

    private static final String COLUMNS = """
            id, expert_id, name, email, username, reviewer, expert, state, keycloak_user_id, synced, problem,
            invitation_mailed_at, granted_at, granted_by""";

    private final JdbcClient jdbc;

    ExpertAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(ExpertAccount account) {
        jdbc.sql("INSERT INTO expert_account (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(account.id(), account.expertId(), account.name(), account.email(), account.username(),
                        account.holds(ExpertRole.REVIEWER), account.holds(ExpertRole.EXPERT), account.state().name(),
                        account.keycloakUserId(), account.synced(), account.problem(), null,
                        Timestamp.from(account.grantedAt()), account.grantedBy())
                .update();
    }

    /** The expert's account that is not refused, locked for this transaction. */
    Optional<ExpertAccount> lockOfExpert(UUID expertId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM expert_account WHERE expert_id = ? AND state <> 'REFUSED' FOR UPDATE")
                .param(expertId).query(ExpertAccounts::map).optional();
    }

    /** The account, locked for this transaction, so two changes to it do not interleave. */
    Optional<ExpertAccount> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM expert_account WHERE id = ? FOR UPDATE")
                .param(id).query(ExpertAccounts::map).optional();
    }

    Optional<ExpertAccount> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM expert_account WHERE id = ?")
                .param(id).query(ExpertAccounts::map).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM expert_account WHERE username = ? AND state <> 'REFUSED'")
                .param(username).query(Long.class).single() > 0;
    }

    /** Every account, or one expert's, newest first. */
    List<ExpertAccount> list(UUID expertId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM expert_account WHERE (CAST(:expert AS uuid) IS NULL OR expert_id = :expert)
                        ORDER BY granted_at DESC, id""")
                .param("expert", expertId).query(ExpertAccounts::map).list();
    }

    /** Records the roles and state to bring Keycloak to; not in Keycloak until {@link #synced} says so. */
    void change(UUID id, Set<ExpertRole> roles, ExpertAccountState state) {
        jdbc.sql("""
                        UPDATE expert_account SET reviewer = ?, expert = ?, state = ?, synced = FALSE, version = version + 1
                        WHERE id = ?""")
                .params(roles.contains(ExpertRole.REVIEWER), roles.contains(ExpertRole.EXPERT), state.name(), id)
                .update();
    }

    void synced(UUID id, String keycloakUserId) {
        jdbc.sql("UPDATE expert_account SET synced = TRUE, keycloak_user_id = ?, version = version + 1 WHERE id = ?")
                .params(keycloakUserId, id).update();
    }

    void refused(UUID id, String problem) {
        jdbc.sql("""
                        UPDATE expert_account SET state = 'REFUSED', synced = TRUE, problem = ?, version = version + 1
                        WHERE id = ?""")
                .params(problem, id).update();
    }

    void mailed(UUID id, Instant at) {
        jdbc.sql("UPDATE expert_account SET invitation_mailed_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    private static ExpertAccount map(ResultSet row, int number) throws SQLException {
        Set<ExpertRole> roles = EnumSet.noneOf(ExpertRole.class);
        if (row.getBoolean("reviewer")) {
            roles.add(ExpertRole.REVIEWER);
        }
        if (row.getBoolean("expert")) {
            roles.add(ExpertRole.EXPERT);
        }
        Timestamp mailed = row.getTimestamp("invitation_mailed_at");
        return new ExpertAccount(row.getObject("id", UUID.class), row.getObject("expert_id", UUID.class),
                row.getString("name"), row.getString("email"), row.getString("username"), roles,
                ExpertAccountState.valueOf(row.getString("state")), row.getString("keycloak_user_id"),
                row.getBoolean("synced"), row.getString("problem"), mailed == null ? null : mailed.toInstant(),
                row.getTimestamp("granted_at").toInstant(), row.getString("granted_by"));
    }
}
