package org.citycast.publicity.reminders;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each person's reminder preferences; someone who never set any gets {@link Preference#DEFAULT}. */
@Repository
class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Preference of(String recipient) {
        return jdbc.sql("SELECT * FROM reminder_preference WHERE recipient = ?").param(recipient)
                .query((rs, row) -> new Preference(rs.getBoolean("email"), rs.getBoolean("daily_digest"),
                        kinds(rs.getArray("muted_kinds"))))
                .optional().orElse(Preference.DEFAULT);
    }

    void save(String recipient, Preference preference, Instant at) {
        jdbc.sql("""
                        INSERT INTO reminder_preference (recipient, email, daily_digest, muted_kinds, updated_at)
                        VALUES (:recipient, :email, :digest, :muted, :at)
                        ON CONFLICT (recipient) DO UPDATE SET email = excluded.email,
                            daily_digest = excluded.daily_digest, muted_kinds = excluded.muted_kinds,
                            updated_at = excluded.updated_at""")
                .param("recipient", recipient).param("email", preference.email())
                .param("digest", preference.dailyDigest())
                .param("muted", new TreeSet<>(preference.mutedKinds()).toArray(String[]::new))
                .param("at", Timestamp.from(at))
                .update();
    }

    private static Set<String> kinds(Array array) throws java.sql.SQLException {
        return Set.of((String[]) array.getArray());
    }
}
