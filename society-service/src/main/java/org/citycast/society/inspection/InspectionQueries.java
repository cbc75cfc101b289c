package org.citycast.society.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.citycast.society.registration.SocietyRegister;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists over the inspections: a year's round and the reports forwarded late, each with the
 * society's name from the register's read API and in pinyin order of it. A round has one row per
 * society, so it is ordered and paged in memory.
 */
@Service
public class InspectionQueries {

    private final JdbcClient jdbc;
    private final SocietyRegister register;

    InspectionQueries(JdbcClient jdbc, SocietyRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    /** A row of a year's round, with the society's name for the list. */
    record RoundItem(UUID societyId, String societyName, int year, InspectionStatus status,
            InspectionOutcome outcome, LocalDate forwardingLateOn) {
    }

    /** A year's inspections, by society name in pinyin order; narrowed by status or outcome. */
    @Transactional(readOnly = true)
    Page<RoundItem> round(int year, InspectionStatus status, InspectionOutcome outcome, Pageable page) {
        return named(jdbc.sql("""
                        SELECT society_id, year, status, outcome, forwarding_late_on FROM annual_inspection
                        WHERE year = :year AND (CAST(:status AS text) IS NULL OR status = :status)
                          AND (CAST(:outcome AS text) IS NULL OR outcome = :outcome)""")
                .param("year", year)
                .param("status", status == null ? null : status.name())
                .param("outcome", outcome == null ? null : outcome.name())
                .query(InspectionQueries::row).list(), page);
    }

    /** Reports the nightly check found not forwarded after the forwarding deadline, of one year or all. */
    @Transactional(readOnly = true)
    Page<RoundItem> forwardingLate(Integer year, Pageable page) {
        return named(jdbc.sql("""
                        SELECT society_id, year, status, outcome, forwarding_late_on FROM annual_inspection
                        WHERE forwarding_late_on IS NOT NULL AND (CAST(:year AS int) IS NULL OR year = :year)""")
                .param("year", year)
                .query(InspectionQueries::row).list(), page);
    }

    /**
     * The societies whose {@code year} ended with {@code result}: an outcome (QUALIFIED ...) or a
     * status (MISSED, EXEMPT ...), for lists filtered by a year's inspection.
     */
    @Transactional(readOnly = true)
    public Set<UUID> societiesWith(int year, String result) {
        return Set.copyOf(jdbc.sql("""
                        SELECT society_id FROM annual_inspection
                        WHERE year = :year AND (outcome = :result OR status = :result)""")
                .param("year", year).param("result", result)
                .query(UUID.class).list());
    }

    /** How a year's inspections stand: counted by outcome once completed, else by status. */
    @Transactional(readOnly = true)
    public Map<String, Long> resultsOf(int year) {
        Map<String, Long> results = new java.util.TreeMap<>();
        jdbc.sql("""
                        SELECT CASE WHEN status = 'COMPLETED' THEN outcome ELSE status END AS k, count(*) AS n
                        FROM annual_inspection WHERE year = ? GROUP BY 1""")
                .param(year)
                .query(rs -> {
                    results.put(rs.getString("k"), rs.getLong("n"));
                });
        return results;
    }

    private Page<RoundItem> named(List<RoundItem> rows, Pageable page) {
        Map<UUID, String> names = register.namesInPinyinOrder(rows.stream().map(RoundItem::societyId)
                .collect(Collectors.toSet()));
        Map<UUID, Integer> order = new HashMap<>();
        names.keySet().forEach(id -> order.put(id, order.size()));
        List<RoundItem> sorted = rows.stream()
                .map(row -> new RoundItem(row.societyId(), names.get(row.societyId()), row.year(), row.status(),
                        row.outcome(), row.forwardingLateOn()))
                .sorted(Comparator.comparing((RoundItem row) -> -row.year())
                        .thenComparing(row -> order.getOrDefault(row.societyId(), Integer.MAX_VALUE)))
                .toList();
        int from = (int) Math.min(page.getOffset(), sorted.size());
        int to = Math.min(from + page.getPageSize(), sorted.size());
        return new PageImpl<>(sorted.subList(from, to), page, sorted.size());
    }

    private static RoundItem row(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new RoundItem(rs.getObject("society_id", UUID.class), null, rs.getInt("year"),
                InspectionStatus.valueOf(rs.getString("status")),
                outcome == null ? null : InspectionOutcome.valueOf(outcome),
                rs.getObject("forwarding_late_on", LocalDate.class));
    }
}
