package org.citycast.event.plan;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Ratings {

    private final JdbcClient jdbc;

    Ratings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A reviewer rates a planned event once; rating again replaces their earlier rating. */
    void put(Rating rating) {
        jdbc.sql("""
                        INSERT INTO planned_event_rating (planned_event_id, expert_id, reviewer, importance, comment, rated_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (planned_event_id, expert_id) DO UPDATE SET reviewer = excluded.reviewer,
                            importance = excluded.importance, comment = excluded.comment, rated_at = excluded.rated_at""")
                .params(rating.plannedEventId(), rating.expertId(), rating.reviewer(), rating.importance(),
                        rating.comment(), Timestamp.from(rating.ratedAt()))
                .update();
    }

    List<Rating> of(Collection<UUID> plannedEvents) {
        if (plannedEvents.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM planned_event_rating WHERE planned_event_id IN (:ids) ORDER BY rated_at")
                .param("ids", plannedEvents)
                .query((rs, n) -> new Rating(rs.getObject("planned_event_id", UUID.class),
                        rs.getObject("expert_id", UUID.class), rs.getString("reviewer"), rs.getInt("importance"),
                        rs.getString("comment"), rs.getTimestamp("rated_at").toInstant()))
                .list();
    }
}
