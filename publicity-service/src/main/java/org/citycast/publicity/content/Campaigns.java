package org.citycast.publicity.content;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Publicity campaigns: member day (会员日), science day (科普日), science week and the like. */
@Repository
class Campaigns {

    enum Kind {
        MEMBER_DAY, SCIENCE_DAY, SCIENCE_WEEK, OTHER
    }

    record Campaign(UUID id, String name, Kind kind, LocalDate startsOn, LocalDate endsOn) {
    }

    private final JdbcClient jdbc;

    Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Campaign> all() {
        return jdbc.sql("SELECT * FROM campaign ORDER BY starts_on DESC, name").query(Campaign.class).list();
    }

    Optional<Campaign> find(UUID id) {
        return jdbc.sql("SELECT * FROM campaign WHERE id = ?").param(id).query(Campaign.class).optional();
    }

    Campaign add(String name, Kind kind, LocalDate startsOn, LocalDate endsOn, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO campaign (id, name, kind, starts_on, ends_on, created_at, version)
                        VALUES (:id, :name, :kind, :starts, :ends, :now, 0)""")
                .param("id", id).param("name", name).param("kind", kind.name()).param("starts", Date.valueOf(startsOn))
                .param("ends", Date.valueOf(endsOn)).param("now", Timestamp.from(now)).update();
        return new Campaign(id, name, kind, startsOn, endsOn);
    }
}
