package org.citycast.event.checkin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CheckIns {

    record CheckIn(UUID registrationId, UUID eventId, UUID subForumId, String city, Instant at, String by) {
    }

    private final JdbcClient jdbc;

    CheckIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False if the ticket was already checked in: the primary key makes it once per ticket, even at two doors at once. */
    boolean insert(UUID registration, UUID event, UUID subForum, String personKey, String city, Instant at, String by) {
        return jdbc.sql("""
                        INSERT INTO check_in (registration_id, event_id, sub_forum_id, person_key, city, checked_in_at,
                            checked_in_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(registration, event, subForum, personKey, city, Timestamp.from(at), by).update() == 1;
    }

    Optional<CheckIn> find(UUID registration) {
        return jdbc.sql("SELECT * FROM check_in WHERE registration_id = ?").param(registration)
                .query((rs, n) -> new CheckIn(rs.getObject("registration_id", UUID.class),
                        rs.getObject("event_id", UUID.class), rs.getObject("sub_forum_id", UUID.class),
                        rs.getString("city"), rs.getTimestamp("checked_in_at").toInstant(),
                        rs.getString("checked_in_by")))
                .optional();
    }

    List<CheckIn> ofEvent(UUID event) {
        return jdbc.sql("SELECT * FROM check_in WHERE event_id = ? ORDER BY checked_in_at").param(event)
                .query((rs, n) -> new CheckIn(rs.getObject("registration_id", UUID.class),
                        rs.getObject("event_id", UUID.class), rs.getObject("sub_forum_id", UUID.class),
                        rs.getString("city"), rs.getTimestamp("checked_in_at").toInstant(),
                        rs.getString("checked_in_by")))
                .list();
    }

    /** People checked in at the events, each counted once per event whatever tickets they hold. */
    long people(Collection<UUID> events) {
        if (events.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        SELECT count(*) FROM (SELECT DISTINCT event_id, person_key FROM check_in WHERE event_id IN (:events)) p""")
                .param("events", events).query(Long.class).single();
    }

    /** Those people by the city of their first check-in at each event, most first. */
    Map<String, Long> peopleByCity(Collection<UUID> events) {
        Map<String, Long> byCity = new LinkedHashMap<>();
        if (events.isEmpty()) {
            return byCity;
        }
        jdbc.sql("""
                        SELECT city, count(*) AS people FROM (
                            SELECT DISTINCT ON (event_id, person_key) city FROM check_in WHERE event_id IN (:events)
                            ORDER BY event_id, person_key, checked_in_at) first
                        GROUP BY city ORDER BY people DESC, city""")
                .param("events", events)
                .query((rs, n) -> byCity.put(rs.getString("city"), rs.getLong("people"))).list();
        return byCity;
    }

    Map<UUID, Long> perSubForum(UUID event) {
        Map<UUID, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT sub_forum_id, count(*) AS n FROM check_in WHERE event_id = ? AND sub_forum_id IS NOT NULL
                        GROUP BY sub_forum_id""")
                .param(event).query((rs, n) -> counts.put(rs.getObject("sub_forum_id", UUID.class), rs.getLong("n")))
                .list();
        return counts;
    }

    long mainHall(UUID event) {
        return jdbc.sql("SELECT count(*) FROM check_in WHERE event_id = ? AND sub_forum_id IS NULL").param(event)
                .query(Long.class).single();
    }

    void recordBeneficiaries(UUID event, int count, String note, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO outreach_beneficiaries (event_id, beneficiaries, note, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (event_id) DO UPDATE SET beneficiaries = excluded.beneficiaries, note = excluded.note,
                            recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
                .params(event, count, note, Timestamp.from(at), by).update();
    }

    Optional<Integer> beneficiaries(UUID event) {
        return jdbc.sql("SELECT beneficiaries FROM outreach_beneficiaries WHERE event_id = ?").param(event)
                .query(Integer.class).optional();
    }

    long beneficiaries(Collection<UUID> events) {
        if (events.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT coalesce(sum(beneficiaries), 0) FROM outreach_beneficiaries WHERE event_id IN (:events)")
                .param("events", events).query(Long.class).single();
    }
}
