package org.citycast.event.registration;

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
class Registrations {

    private final JdbcClient jdbc;

    Registrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the target's lock for the rest of the transaction and the next arrival number. Every
     * sign-up, cancellation and promotion at a target goes through here first, so they happen one at
     * a time and the waiting list keeps the order of arrival.
     */
    long lockAndNumber(UUID target, UUID event) {
        return jdbc.sql("""
                        INSERT INTO registration_quota (target_id, event_id, next_queue_number) VALUES (?, ?, 1)
                        ON CONFLICT (target_id) DO UPDATE SET next_queue_number = registration_quota.next_queue_number + 1
                        RETURNING next_queue_number""")
                .params(target, event).query(Long.class).single();
    }

    void insert(Registration r, String cancelSecretHash) {
        jdbc.sql("""
                        INSERT INTO registration (id, event_id, sub_forum_id, target_id, name, organisation, city, phone,
                            person_key, status, queue_number, ticket_code, cancel_secret_hash, invitation_id,
                            registered_at, admitted_at, cancelled_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.eventId(), r.subForumId(), r.targetId(), r.name(), r.organisation(), r.city(),
                        r.phone(), r.personKey(), r.status().name(), r.queueNumber(), r.ticketCode(), cancelSecretHash,
                        r.invitationId(), ts(r.registeredAt()), ts(r.admittedAt()), ts(r.cancelledAt()))
                .update();
    }

    boolean ticketTaken(String code) {
        return jdbc.sql("SELECT count(*) FROM registration WHERE ticket_code = ?").param(code).query(Long.class)
                .single() > 0;
    }

    Optional<Registration> active(UUID target, String personKey) {
        return jdbc.sql("SELECT * FROM registration WHERE target_id = ? AND person_key = ? AND status <> 'CANCELLED'")
                .params(target, personKey).query(Registrations::map).optional();
    }

    Optional<Registration> activeForInvitation(UUID invitation) {
        return jdbc.sql("SELECT * FROM registration WHERE invitation_id = ? AND status <> 'CANCELLED'")
                .param(invitation).query(Registrations::map).optional();
    }

    Optional<Registration> bySecretHash(String hash) {
        return jdbc.sql("SELECT * FROM registration WHERE cancel_secret_hash = ?").param(hash)
                .query(Registrations::map).optional();
    }

    Optional<Registration> byTicket(String code) {
        return jdbc.sql("SELECT * FROM registration WHERE ticket_code = ?").param(code)
                .query(Registrations::map).optional();
    }

    Optional<Registration> find(UUID id) {
        return jdbc.sql("SELECT * FROM registration WHERE id = ?").param(id).query(Registrations::map).optional();
    }

    long admitted(UUID target) {
        return jdbc.sql("SELECT count(*) FROM registration WHERE target_id = ? AND status = 'ADMITTED'")
                .param(target).query(Long.class).single();
    }

    Optional<Registration> firstWaiting(UUID target) {
        return jdbc.sql("""
                        SELECT * FROM registration WHERE target_id = ? AND status = 'WAITING'
                        ORDER BY queue_number LIMIT 1""")
                .param(target).query(Registrations::map).optional();
    }

    /** 1 for the first on the waiting list. */
    long waitingPosition(Registration r) {
        return jdbc.sql("""
                        SELECT count(*) FROM registration WHERE target_id = ? AND status = 'WAITING' AND queue_number <= ?""")
                .params(r.targetId(), r.queueNumber()).query(Long.class).single();
    }

    void admit(UUID id, Instant at) {
        jdbc.sql("UPDATE registration SET status = 'ADMITTED', admitted_at = ? WHERE id = ?").params(ts(at), id)
                .update();
    }

    void cancel(UUID id, Instant at) {
        jdbc.sql("UPDATE registration SET status = 'CANCELLED', cancelled_at = ? WHERE id = ?").params(ts(at), id)
                .update();
    }

    List<Registration> ofEvent(UUID event) {
        return jdbc.sql("""
                        SELECT * FROM registration WHERE event_id = ?
                        ORDER BY sub_forum_id NULLS FIRST, CASE status WHEN 'ADMITTED' THEN 0 WHEN 'WAITING' THEN 1 ELSE 2 END,
                            queue_number""")
                .param(event).query(Registrations::map).list();
    }

    /** Admitted people at an event, each counted once whatever tickets they hold. */
    long admittedPeople(UUID event) {
        return jdbc.sql("SELECT count(DISTINCT person_key) FROM registration WHERE event_id = ? AND status = 'ADMITTED'")
                .param(event).query(Long.class).single();
    }

    private static Registration map(ResultSet rs, int n) throws SQLException {
        return new Registration(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                rs.getObject("sub_forum_id", UUID.class), rs.getString("name"), rs.getString("organisation"),
                rs.getString("city"), rs.getString("phone"), rs.getString("person_key"),
                RegistrationStatus.valueOf(rs.getString("status")), rs.getLong("queue_number"),
                rs.getString("ticket_code"), rs.getObject("invitation_id", UUID.class), instant(rs, "registered_at"),
                instant(rs, "admitted_at"), instant(rs, "cancelled_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
