package org.citycast.event.brand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Sessions {

    private final JdbcClient jdbc;

    Sessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The year's next number. The upsert locks the year's counter row until the transaction ends, so
     * a concurrent branding waits and then takes the following number; a branding that rolls back
     * gives its number back, so the numbers have no gaps.
     */
    int nextNumber(int year) {
        return jdbc.sql("""
                        INSERT INTO academic_hall_year (year, last_number) VALUES (?, 1)
                        ON CONFLICT (year) DO UPDATE SET last_number = academic_hall_year.last_number + 1
                        RETURNING last_number""")
                .param(year).query(Integer.class).single();
    }

    void insert(Session session) {
        jdbc.sql("""
                        INSERT INTO academic_hall_session (year, number, planned_event_id, branded_at, branded_by)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(session.year(), session.number(), session.plannedEventId(),
                        Timestamp.from(session.brandedAt()), session.brandedBy())
                .update();
    }

    Optional<Session> ofPlan(UUID plannedEvent) {
        return jdbc.sql("SELECT * FROM academic_hall_session WHERE planned_event_id = ?").param(plannedEvent)
                .query(Sessions::map).optional();
    }

    List<Session> ofPlans(Collection<UUID> plannedEvents) {
        if (plannedEvents.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM academic_hall_session WHERE planned_event_id IN (:ids)")
                .param("ids", plannedEvents).query(Sessions::map).list();
    }

    List<Session> ofYear(int year) {
        return jdbc.sql("SELECT * FROM academic_hall_session WHERE year = ? ORDER BY number").param(year)
                .query(Sessions::map).list();
    }

    private static Session map(ResultSet rs, int row) throws SQLException {
        return new Session(rs.getInt("year"), rs.getInt("number"), rs.getObject("planned_event_id", UUID.class),
                rs.getTimestamp("branded_at").toInstant(), rs.getString("branded_by"));
    }
}
