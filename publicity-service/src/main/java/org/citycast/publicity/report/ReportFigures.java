package org.citycast.publicity.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citycast.publicity.calendar.AcademicEvents;
import org.citycast.publicity.content.PublishedArticles;
import org.citycast.publicity.platform.AssociationTime;
import org.citycast.publicity.platform.DomainException;
import org.citycast.publicity.pool.PoolExperts;
import org.citycast.publicity.site.Visits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a year as the owning services' {@code stats?year=} count it (PublicityIT compares every
 * figure). The register is counted as it stood at the start of the year and at its end (or now, for the
 * current year) from the societies' histories; changes, re-elections, grants and the rest as they fell
 * within the year (Asia/Shanghai). Pool sizes are the pools on 31 December (today, for the current
 * year); financing links count in every year they are in force.
 */
@Component
class ReportFigures {

    private static final String STATE_AT = """
            SELECT DISTINCT ON (society_id) society_id, status, health_tier, party_organisation
            FROM report_society_state WHERE at < :at
            ORDER BY society_id, at DESC, event_id""";

    private final JdbcClient jdbc;
    private final AcademicEvents events;
    private final PublishedArticles articles;
    private final PoolExperts experts;
    private final Visits visits;
    private final Clock clock;

    ReportFigures(JdbcClient jdbc, AcademicEvents events, PublishedArticles articles, PoolExperts experts,
            Visits visits, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.articles = articles;
        this.experts = experts;
        this.visits = visits;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    YearReport of(int year) {
        LocalDate today = AssociationTime.today(clock);
        if (year > today.getYear()) {
            throw DomainException.invalid("year", "is in the future");
        }
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay(AssociationTime.ZONE).toInstant();
        Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(AssociationTime.ZONE).toInstant();
        // the current year is counted to the last event received, wherever the clocks stand
        Instant endOfCount = year == today.getYear() ? Instant.parse("9999-12-31T00:00:00Z") : end;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("year", year);

        Map<String, Long> byStatus = counts("SELECT status AS k, count(*) AS n FROM (" + STATE_AT + ") s GROUP BY 1",
                endOfCount);
        Map<String, Long> byTier = counts("SELECT health_tier AS k, count(*) AS n FROM (" + STATE_AT
                + ") s WHERE status = 'ACTIVE' GROUP BY 1", endOfCount);
        long activeAtStart = counts("SELECT status AS k, count(*) AS n FROM (" + STATE_AT + ") s GROUP BY 1", start)
                .getOrDefault("ACTIVE", 0L);
        long active = byStatus.getOrDefault("ACTIVE", 0L);
        f.put("societies.startOfYear", activeAtStart);
        f.put("societies.endOfYear", active);
        f.put("societies.onRegister", byStatus.entrySet().stream()
                .filter(e -> !e.getKey().equals("DRAFT") && !e.getKey().equals("SUBMITTED")
                        && !e.getKey().equals("PRE_APPROVED"))
                .mapToLong(Map.Entry::getValue).sum());
        for (String kind : new String[] {"JOINED", "FOUNDED", "DISQUALIFIED", "DEREGISTERED"}) {
            f.put("societies." + kind.toLowerCase(java.util.Locale.ROOT), jdbc.sql("""
                            SELECT count(DISTINCT society_id) FROM report_society_change
                            WHERE kind = :kind AND at >= :start AND at < :end""")
                    .param("kind", kind).param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                    .query(Long.class).single());
        }
        f.put("health.soundActive", byTier.getOrDefault("SOUND_ACTIVE", 0L));
        f.put("health.soundWeak", byTier.getOrDefault("SOUND_WEAK", 0L));
        f.put("health.incomplete", byTier.getOrDefault("INCOMPLETE", 0L));
        f.put("health.dormant", byTier.getOrDefault("DORMANT", 0L));
        long covered = counts("SELECT 'covered' AS k, count(*) AS n FROM (" + STATE_AT
                + ") s WHERE status = 'ACTIVE' AND coalesce(party_organisation, 'NONE') <> 'NONE'", endOfCount)
                .getOrDefault("covered", 0L);
        f.put("party.covered", covered);
        f.put("party.percent", active == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(covered * 100).divide(BigDecimal.valueOf(active), 1, RoundingMode.HALF_UP));
        f.put("reElections", jdbc.sql("SELECT count(*) FROM report_term_renewal WHERE extract(YEAR FROM elected_on) = ?")
                .param(year).query(Long.class).single());
        Map<String, Long> inspections = counts("SELECT result AS k, count(*) AS n FROM report_inspection "
                + "WHERE year = :year GROUP BY 1", year);
        f.put("inspections.qualified", inspections.getOrDefault("QUALIFIED", 0L));
        f.put("inspections.basicallyQualified", inspections.getOrDefault("BASICALLY_QUALIFIED", 0L));
        f.put("inspections.unqualified", inspections.getOrDefault("UNQUALIFIED", 0L));
        f.put("inspections.missed", inspections.getOrDefault("MISSED", 0L));

        // evaluation grades by the day they were awarded, at the level awarded (as society-service's stats count them)
        f.put("grades.awarded", jdbc.sql("SELECT count(*) FROM report_grade WHERE extract(YEAR FROM awarded_on) = ?")
                .param(year).query(Long.class).single());
        f.put("grades.threeAOrAbove", jdbc.sql("SELECT count(*) FROM report_grade WHERE extract(YEAR FROM awarded_on) = ? "
                        + "AND level IN ('AAAAA', 'AAAA', 'AAA')")
                .param(year).query(Long.class).single());
        f.put("functionTransfer.projects", jdbc.sql("SELECT count(*) FROM report_function_transfer "
                        + "WHERE extract(YEAR FROM awarded_on) = ?")
                .param(year).query(Long.class).single());
        f.put("functionTransfer.contractAmount", jdbc.sql("SELECT coalesce(sum(contract_amount), 0) "
                        + "FROM report_function_transfer WHERE extract(YEAR FROM awarded_on) = ?")
                .param(year).query(BigDecimal.class).single().setScale(2));

        String funded = " FROM report_grant WHERE budget_year = :year AND approved_amount IS NOT NULL "
                + "AND status NOT IN ('APPLIED', 'REJECTED')";
        // funding's committed money: what a closed grant settled at, else what was approved
        String committed = "CASE WHEN status = 'CLOSED' THEN coalesce(settled_amount, approved_amount) "
                + "ELSE approved_amount END";
        Map<String, Object> grantedByTag = new LinkedHashMap<>();
        Map<String, Long> grantsByTag = new LinkedHashMap<>();
        jdbc.sql("SELECT coalesce(tag, 'UNTAGGED') AS tag, count(*) AS n, sum(" + committed + ") AS amount" + funded
                        + " GROUP BY 1 ORDER BY 1")
                .param("year", year)
                .query(rs -> {
                    grantsByTag.put(rs.getString("tag"), rs.getLong("n"));
                    grantedByTag.put(rs.getString("tag"), rs.getBigDecimal("amount").setScale(2));
                });
        f.put("funding.granted", jdbc.sql("SELECT coalesce(sum(" + committed + "), 0)" + funded)
                .param("year", year).query(BigDecimal.class).single().setScale(2));
        f.put("funding.grants", grantsByTag.values().stream().mapToLong(Long::longValue).sum());
        f.put("funding.keyActivities", grantsByTag.getOrDefault("KEY_ACTIVITY", 0L));
        f.put("funding.socialServiceProjects", grantsByTag.getOrDefault("SOCIAL_SERVICE", 0L));
        f.put("funding.publicWelfareActivities", grantsByTag.getOrDefault("PUBLIC_WELFARE", 0L));
        String links = " FROM report_financing_link WHERE extract(YEAR FROM coalesce(starts_on, "
                + "(recorded_at AT TIME ZONE 'Asia/Shanghai')::date)) <= :year "
                + "AND (ends_on IS NULL OR extract(YEAR FROM ends_on) >= :year)";
        f.put("financing.societies", jdbc.sql("SELECT count(DISTINCT society_id)" + links).param("year", year)
                .query(Long.class).single());
        f.put("financing.institutions", jdbc.sql("SELECT count(DISTINCT institution)" + links).param("year", year)
                .query(Long.class).single());

        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        Map<String, Long> pools = experts.poolSizes(endOfYear.isAfter(today) ? today : endOfYear);
        f.put("experts.scienceTech", pools.getOrDefault("SCI_TECH", 0L));
        f.put("experts.popularScience", pools.getOrDefault("POPULAR_SCIENCE", 0L));
        award(f, year, "OUTSTANDING_WORKER", "awards.outstandingWorkers", "awards.outstandingWorkerNominations");
        award(f, year, "ACADEMIC_INNOVATION", "awards.innovation", "awards.innovationEntries");
        f.put("proposals.adopted", jdbc.sql("SELECT count(*) FROM report_proposal WHERE year = ?")
                .param(year).query(Long.class).single());

        AcademicEvents.YearFigures held = events.figures(year);
        f.put("hall.sessions", held.hallSessions());
        f.put("events.held", held.held());
        f.put("events.attendance", held.attendance());
        f.put("outreach.events", held.outreachEvents());
        f.put("outreach.beneficiaries", held.outreachBeneficiaries());

        PublishedArticles.YearFigures published = articles.figures(year);
        f.put("profiles.published", published.profiles());
        f.put("profiles.disciplineLeaders", published.disciplineLeaders());
        f.put("articles.published", published.news());

        Visits.Figures visited = visits.of(null, year);
        f.put("visits.total", visited.views());
        f.put("visits.previousYear", visited.previousViews());
        // no views the year before: a growth cannot be stated, and a template that states it fails
        if (visited.changePercent() != null) {
            f.put("visits.growthPercent", visited.changePercent());
        }
        List<Long> yearBefore = visits.byMonth(null, year - 1);
        return new YearReport(year, clock.instant(), f, new YearReport.Breakdown(byStatus, byTier, inspections,
                grantedByTag, grantsByTag, pools, published.byColumn(), published.byChannel(), visited.byMonth(),
                yearBefore));
    }

    private void award(Map<String, Object> f, int year, String kind, String winners, String nominations) {
        f.put(winners, jdbc.sql("""
                        SELECT count(*) FROM report_award_winner w JOIN report_award a ON a.award_id = w.award_id
                        WHERE a.kind = ? AND a.year = ?""")
                .params(kind, year).query(Long.class).single());
        // stated only when every programme of the kind said how many were nominated
        jdbc.sql("SELECT count(*) AS programmes, count(nominations) AS known, coalesce(sum(nominations), 0) AS n "
                        + "FROM report_award WHERE kind = ? AND year = ?")
                .params(kind, year)
                .query(rs -> {
                    if (rs.getLong("programmes") == rs.getLong("known")) {
                        f.put(nominations, rs.getLong("n"));
                    }
                });
    }

    private Map<String, Long> counts(String sql, Object at) {
        Map<String, Long> counts = new LinkedHashMap<>();
        var spec = jdbc.sql(sql + " ORDER BY 1");
        if (sql.contains(":at")) {
            spec = spec.param("at", Timestamp.from((Instant) at));
        } else {
            spec = spec.param("year", at);
        }
        spec.query(rs -> {
            counts.put(rs.getString("k"), rs.getLong("n"));
        });
        return counts;
    }
}
