package org.citycast.event.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlanningDeadlines {

    private final JdbcClient jdbc;

    PlanningDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void set(int year, LocalDate dueOn, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO planning_deadline (year, due_on, set_by, set_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (year) DO UPDATE SET due_on = excluded.due_on, set_by = excluded.set_by,
                            set_at = excluded.set_at""")
                .params(year, dueOn, by, Timestamp.from(at)).update();
    }

    Optional<LocalDate> of(int year) {
        return jdbc.sql("SELECT due_on FROM planning_deadline WHERE year = ?").param(year)
                .query((rs, n) -> rs.getObject("due_on", LocalDate.class)).optional();
    }
}
