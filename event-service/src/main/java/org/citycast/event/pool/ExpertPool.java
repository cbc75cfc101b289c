package org.citycast.event.pool;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The expert read model: looked up by the features that show speakers or check a reviewer's societies. */
@Service
public class ExpertPool {

    private final JdbcClient jdbc;

    ExpertPool(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<PoolExpert> find(UUID id) {
        return Optional.ofNullable(describe(List.of(id)).get(id));
    }

    /** The experts among {@code ids} that are known, by id; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, PoolExpert> describe(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Set<UUID>> societies = new HashMap<>();
        jdbc.sql("SELECT expert_id, society_id FROM expert_society WHERE expert_id IN (:ids)").param("ids", ids)
                .query((rs, n) -> societies.computeIfAbsent(rs.getObject("expert_id", UUID.class), k -> new HashSet<>())
                        .add(rs.getObject("society_id", UUID.class)))
                .list();
        Map<UUID, PoolExpert> experts = new HashMap<>();
        jdbc.sql("SELECT id, name, title, employer, in_pool FROM expert WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new PoolExpert(id, rs.getString("name"), rs.getString("title"), rs.getString("employer"),
                            rs.getBoolean("in_pool"), Set.copyOf(societies.getOrDefault(id, Set.of())));
                })
                .list().forEach(expert -> experts.put(expert.id(), expert));
        return experts;
    }

    /** When the read model last applied an event about this expert; empty if never. */
    Optional<Instant> asOf(UUID id) {
        return jdbc.sql("SELECT as_of FROM expert WHERE id = ?").param(id)
                .query((rs, n) -> rs.getTimestamp("as_of").toInstant()).optional();
    }

    void save(PoolExpert expert, Instant asOf) {
        jdbc.sql("""
                        INSERT INTO expert (id, name, title, employer, in_pool, as_of) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, title = excluded.title,
                            employer = excluded.employer, in_pool = excluded.in_pool, as_of = excluded.as_of""")
                .params(expert.id(), expert.name(), expert.title(), expert.employer(), expert.inPool(),
                        Timestamp.from(asOf))
                .update();
        jdbc.sql("DELETE FROM expert_society WHERE expert_id = ?").param(expert.id()).update();
        for (UUID society : expert.societyIds()) {
            jdbc.sql("INSERT INTO expert_society (expert_id, society_id) VALUES (?, ?)").params(expert.id(), society)
                    .update();
        }
    }
}
