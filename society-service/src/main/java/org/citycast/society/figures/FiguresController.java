package org.citycast.society.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.citycast.society.platform.AssociationTime;
import org.citycast.society.term.TermService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/societies/stats")
class FiguresController {


    private final JdbcClient jdbc;
    private final TermService terms;
    private final Clock clock;

    FiguresController(JdbcClient jdbc, TermService terms, Clock clock) {
        this.jdbc = jdbc;
        this.terms = terms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    YearFigures forYear(@RequestParam(required = false) @Min(1949) @Max(2200) Integer year) {
        int y = year != null ? year : AssociationTime.today(clock).getYear();
        Map<String, Long> byStatus = counts("SELECT status AS k, count(*) AS n FROM society GROUP BY status");
        Map<String, Long> byTier = counts(
                "SELECT health_tier AS k, count(*) AS n FROM society WHERE status = 'ACTIVE' GROUP BY health_tier");
        long active = byStatus.getOrDefault("ACTIVE", 0L);
        long covered = jdbc.sql("SELECT count(*) FROM society WHERE status = 'ACTIVE' "
                + "AND coalesce(party_form, 'NONE') <> 'NONE'").query(Long.class).single();
        BigDecimal percent = active == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(covered * 100).divide(BigDecimal.valueOf(active), 1, RoundingMode.HALF_UP);
        Map<String, Long> inspections = counts("""
                SELECT CASE WHEN status = 'COMPLETED' THEN outcome ELSE status END AS k, count(*) AS n
                FROM annual_inspection WHERE year = :year GROUP BY 1""", y);
        long reElections = terms.renewalsIn(y);
        long societies = byStatus.entrySet().stream()
                .filter(e -> !e.getKey().equals("DRAFT") && !e.getKey().equals("SUBMITTED")
                        && !e.getKey().equals("PRE_APPROVED"))
                .mapToLong(Map.Entry::getValue).sum();
        return new YearFigures(y, societies, byStatus, byTier, audited("JOINED", y),
                audited("REGISTERED_BY_CIVIL_AFFAIRS", y), new YearFigures.PartyCoverage(covered, active, percent),
                inspections, reElections, audited("DISQUALIFIED", y), audited("DEREGISTERED", y));
    }

    private long audited(String action, int year) {
        return jdbc.sql("""
                        SELECT count(DISTINCT society_id) FROM audit_entry WHERE action = :action
                        AND (at AT TIME ZONE 'Asia/Shanghai') >= make_date(:year, 1, 1)
                        AND (at AT TIME ZONE 'Asia/Shanghai') < make_date(:year + 1, 1, 1)""")
                .param("action", action).param("year", year).query(Long.class).single();
    }

    private Map<String, Long> counts(String sql, Object... year) {
        var spec = jdbc.sql(sql + " ORDER BY 1");
        if (year.length > 0) {
            spec = spec.param("year", year[0]);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        spec.query(rs -> {
            counts.put(rs.getString("k"), rs.getLong("n"));
        });
        return counts;
    }
}
