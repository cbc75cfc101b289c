package org.citycast.event.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Invitations {

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Invitation invitation) {
        jdbc.sql("""
                        INSERT INTO invitation (id, event_id, code, invitee, organisation, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(invitation.id(), invitation.eventId(), invitation.code(), invitation.invitee(),
                        invitation.organisation(), Timestamp.from(invitation.createdAt()), invitation.createdBy())
                .update();
    }

    Optional<Invitation> byCode(UUID event, String code) {
        return jdbc.sql("SELECT * FROM invitation WHERE event_id = ? AND code = ?").params(event, code)
                .query(Invitations::map).optional();
    }

    List<Invitation> ofEvent(UUID event) {
        return jdbc.sql("SELECT * FROM invitation WHERE event_id = ? ORDER BY created_at").param(event)
                .query(Invitations::map).list();
    }

    private static Invitation map(ResultSet rs, int n) throws SQLException {
        return new Invitation(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                rs.getString("code"), rs.getString("invitee"), rs.getString("organisation"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
