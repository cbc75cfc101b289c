package org.citycast.publicity.pool;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citycast.publicity.inbound.ExpertReported;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The pool experts this service knows, kept in step from {@code expert.events}. */
@Repository
public class PoolExperts {

    private final JdbcClient jdbc;

    PoolExperts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Applies an expert's state unless we already hold a newer one. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ExpertReported reported) {
        ExpertReported.Expert e = reported.expert();
        jdbc.sql("""
                        INSERT INTO pool_expert (id, name, title, title_level, employer, category, pools, society_ids, as_of)
                        VALUES (:id, :name, :title, :level, :employer, :category, :pools, :societies, :at)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, title = excluded.title,
                            title_level = excluded.title_level, employer = excluded.employer, category = excluded.category,
                            pools = excluded.pools, society_ids = excluded.society_ids, as_of = excluded.as_of
                        WHERE pool_expert.as_of <= excluded.as_of""")
                .param("id", e.id()).param("name", e.name()).param("title", e.title())
                .param("level", e.titleLevel()).param("employer", e.employer()).param("category", e.category())
                .param("pools", e.pools().toArray(String[]::new))
                .param("societies", e.societyIds().toArray(UUID[]::new))
                .param("at", Timestamp.from(reported.time()))
                .update();
        membership(reported);
    }

    /**
     * Keeps each pool membership with its days, as expert-service does: a membership counts from the day
     * of admission and no longer on the day it ended.
     */
    private void membership(ExpertReported reported) {
        if (reported.pool() == null || reported.on() == null) {
            return;
        }
        UUID expert = reported.expert().id();
        if (reported.type().equals("ExpertAdmitted")) {
            // one open membership per pool, as in expert-service
            jdbc.sql("""
                            INSERT INTO pool_membership (expert_id, pool, admitted_on) SELECT :expert, :pool, :on
                            WHERE NOT EXISTS (SELECT 1 FROM pool_membership
                                WHERE expert_id = :expert AND pool = :pool AND ended_on IS NULL)""")
                    .param("expert", expert).param("pool", reported.pool()).param("on", Date.valueOf(reported.on()))
                    .update();
        } else if (reported.type().equals("ExpertLeftPool")) {
            jdbc.sql("UPDATE pool_membership SET ended_on = ? WHERE expert_id = ? AND pool = ? AND ended_on IS NULL")
                    .params(Date.valueOf(reported.on()), expert, reported.pool()).update();
        }
    }

    public Optional<PoolExpert> find(UUID id) {
        return jdbc.sql("SELECT * FROM pool_expert WHERE id = ?").param(id).query(PoolExperts::map).optional();
    }

    /** A society's experts still in a pool, by name in pinyin order. */
    public List<PoolExpert> ofSociety(UUID society) {
        return jdbc.sql("""
                        SELECT * FROM pool_expert WHERE :society = ANY (society_ids) AND cardinality(pools) > 0
                        ORDER BY name COLLATE "zh-x-icu\"""")
                .param("society", society).query(PoolExperts::map).list();
    }

    /** When anything a society's sub-site shows of its experts last changed. */
    public Optional<Instant> lastChange(UUID society) {
        return jdbc.sql("SELECT as_of FROM pool_expert WHERE :society = ANY (society_ids) ORDER BY 1 DESC LIMIT 1")
                .param("society", society).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** Experts in each pool on a day (an expert in both counts in both), as expert-service counts them. */
    public Map<String, Long> poolSizes(LocalDate day) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT pool, count(*) AS n FROM pool_membership
                        WHERE admitted_on <= :day AND (ended_on IS NULL OR ended_on > :day)
                        GROUP BY pool ORDER BY pool""")
                .param("day", Date.valueOf(day))
                .query(rs -> {
                    sizes.put(rs.getString("pool"), rs.getLong("n"));
                });
        return sizes;
    }

    private static PoolExpert map(ResultSet rs, int row) throws SQLException {
        return new PoolExpert(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("title"),
                rs.getString("title_level"), rs.getString("employer"), rs.getString("category"),
                List.of((String[]) array(rs.getArray("pools"))),
                Arrays.stream((Object[]) array(rs.getArray("society_ids"))).map(UUID.class::cast).toList());
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }
}
