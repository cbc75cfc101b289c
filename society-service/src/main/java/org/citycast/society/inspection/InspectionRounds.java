package org.citycast.society.inspection;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which years' rounds were opened, when and by whom. */
@Repository
class InspectionRounds {

    private final JdbcClient jdbc;

    InspectionRounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean opened(int year) {
        return jdbc.sql("SELECT count(*) FROM inspection_round WHERE year = ?").param(year).query(Long.class)
                .single() > 0;
    }

    void recordOpened(int year, String by, Instant at) {
        jdbc.sql("INSERT INTO inspection_round (year, opened_at, opened_by) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(year, Timestamp.from(at), by)
                .update();
    }
}
