package org.citycast.society.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SecretariatAccounts {

    private static final String COLUMNS = """
            id, society_id, name, email, phone, username, state, keycloak_user_id, synced, problem, invited_at,
            invited_by, invitation_mailed_at""";

    private final JdbcClient jdbc;

    SecretariatAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(SecretariatAccount account) {
        jdbc.sql("INSERT INTO secretariat_account (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")
                .params(account.id(), account.societyId(), account.name(), account.email(), account.phone(),
                        account.username(), account.state().name(), account.keycloakUserId(), account.synced(),
                        account.problem(), Timestamp.from(account.invitedAt()), account.invitedBy())
                .update();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM secretariat_account WHERE username = ? AND state <> 'REMOVED'")
                .param(username).query(Long.class).single() > 0;
    }

    /** The account, locked for this transaction, so two changes to it do not interleave. */
    Optional<SecretariatAccount> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM secretariat_account WHERE id = ? FOR UPDATE")
                .param(id).query(SecretariatAccounts::map).optional();
    }

    Optional<SecretariatAccount> find(UUID societyId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM secretariat_account WHERE id = ? AND society_id = ?")
                .params(id, societyId).query(SecretariatAccounts::map).optional();
    }

    List<SecretariatAccount> ofSociety(UUID societyId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM secretariat_account WHERE society_id = ? ORDER BY invited_at, id")
                .param(societyId).query(SecretariatAccounts::map).list();
    }

    private static SecretariatAccount map(ResultSet row, int number) throws SQLException {
        Timestamp mailed = row.getTimestamp("invitation_mailed_at");
        return new SecretariatAccount(row.getObject("id", UUID.class), row.getObject("society_id", UUID.class),
                row.getString("name"), row.getString("email"), row.getString("phone"), row.getString("username"),
                AccountState.valueOf(row.getString("state")), row.getString("keycloak_user_id"),
                row.getBoolean("synced"), row.getString("problem"), row.getTimestamp("invited_at").toInstant(),
                row.getString("invited_by"), mailed == null ? null : mailed.toInstant());
    }

    /** Records a new state to bring Keycloak to; the change is not in Keycloak until {@link #synced} says so. */
    void changeState(UUID id, AccountState state) {
        jdbc.sql("UPDATE secretariat_account SET state = ?, synced = FALSE, version = version + 1 WHERE id = ?")
                .params(state.name(), id).update();
    }

    void synced(UUID id, String keycloakUserId) {
        jdbc.sql("UPDATE secretariat_account SET synced = TRUE, keycloak_user_id = ?, version = version + 1 WHERE id = ?")
                .params(keycloakUserId, id).update();
    }

    void mailed(UUID id, Instant at) {
        jdbc.sql("UPDATE secretariat_account SET invitation_mailed_at = ? WHERE id = ?").params(Timestamp.from(at), id)
                .update();
    }

    void refused(UUID id, String problem) {
        jdbc.sql("""
                        UPDATE secretariat_account SET state = 'REFUSED', synced = TRUE, problem = ?, version = version + 1
                        WHERE id = ?""")
                .params(problem, id).update();
    }
}
