package org.citycast.event.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlannedEvents {

    private final JdbcClient jdbc;

    PlannedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PlannedEvent plan) {
        jdbc.sql("""
                        INSERT INTO planned_event (id, year, society_id, title, kind, planned_month, expected_attendance,
                            partners, status, filed_at, filed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?)""")
                .params(plan.id(), plan.year(), plan.societyId(), plan.title(), plan.kind().name(), plan.plannedMonth(),
                        plan.expectedAttendance(), plan.partners(), Timestamp.from(plan.filedAt()), plan.filedBy())
                .update();
    }

    void update(PlannedEvent plan) {
        jdbc.sql("""
                        UPDATE planned_event SET title = ?, kind = ?, planned_month = ?, expected_attendance = ?, partners = ?
                        WHERE id = ?""")
                .params(plan.title(), plan.kind().name(), plan.plannedMonth(), plan.expectedAttendance(),
                        plan.partners(), plan.id())
                .update();
    }

    Optional<PlannedEvent> find(UUID id) {
        return jdbc.sql("SELECT * FROM planned_event WHERE id = ?").param(id).query(PlannedEvents::map).optional();
    }

    List<PlannedEvent> ofYear(int year, UUID society) {
        return jdbc.sql("""
                        SELECT * FROM planned_event WHERE year = :year AND (CAST(:society AS uuid) IS NULL OR society_id = :society)
                        ORDER BY planned_month, filed_at""")
                .param("year", year).param("society", society)
                .query(PlannedEvents::map).list();
    }

    long countOfYear(int year) {
        return jdbc.sql("SELECT count(*) FROM planned_event WHERE year = ?").param(year).query(Long.class).single();
    }

    private static PlannedEvent map(ResultSet rs, int row) throws SQLException {
        return new PlannedEvent(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getObject("society_id", UUID.class),
                rs.getString("title"), EventKind.valueOf(rs.getString("kind")), rs.getInt("planned_month"),
                rs.getInt("expected_attendance"), rs.getString("partners"), rs.getTimestamp("filed_at").toInstant(),
                rs.getString("filed_by"));
    }
}
