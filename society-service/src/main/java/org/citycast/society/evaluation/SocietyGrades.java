package org.citycast.society.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.citycast.society.platform.AssociationTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of the evaluation: a society's grade in force, the exclusions its
 * history shows today, and a year's counts for the work report.
 */
@Service
public class SocietyGrades {

    private final Grades grades;
    private final RegisterHistories histories;
    private final EvaluationSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    SocietyGrades(Grades grades, RegisterHistories histories, EvaluationSettings settings, JdbcClient jdbc,
            Clock clock) {
        this.grades = grades;
        this.histories = histories;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A grade in force, as other modules see it. */
    public record GradeInForce(UUID gradeId, GradeLevel level, LocalDate awardedOn, LocalDate validUntil,
            String certificateNumber) {
    }

    /** A year's grades: confirmed within it, by level, and in force at its end (or now). */
    public record YearCounts(long awarded, Map<GradeLevel, Long> awardedByLevel, long inForce,
            Map<GradeLevel, Long> inForceByLevel) {
    }

    @Transactional(readOnly = true)
    public Optional<GradeInForce> inForce(UUID societyId) {
        LocalDate today = AssociationTime.today(clock);
        return grades.findBySocietyIdAndStatus(societyId, GradeStatus.IN_FORCE)
                .filter(grade -> grade.past().inForceOn(today))
                .map(grade -> new GradeInForce(grade.getId(), grade.getLevel(), grade.getAwardedOn(),
                        grade.getValidUntil(), grade.getCertificateNumber()));
    }

    /** The exclusions (missed or failed inspection, standing case, abnormal activity ...) the register shows today. */
    @Transactional(readOnly = true)
    public List<Reason> exclusions(UUID societyId) {
        return EvaluationRules.exclusions(histories.of(societyId), AssociationTime.today(clock),
                EvaluationRules.Thresholds.of(settings));
    }

    /**
     * The year's grades: those confirmed within it (Asia/Shanghai), by the level they were given,
     * and those in force at {@code asOf} by their level then (a lowering counts from its day).
     */
    @Transactional(readOnly = true)
    public YearCounts countsFor(int year, Instant asOf) {
        Map<GradeLevel, Long> awarded = new TreeMap<>();
        jdbc.sql("SELECT awarded_level AS k, count(*) AS n FROM evaluation_grade "
                        + "WHERE awarded_on BETWEEN ? AND ? GROUP BY 1")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query(rs -> {
                    awarded.put(GradeLevel.valueOf(rs.getString("k")), rs.getLong("n"));
                });
        LocalDate day = LocalDate.ofInstant(asOf, AssociationTime.ZONE);
        Map<GradeLevel, Long> inForce = new TreeMap<>();
        jdbc.sql("""
                        SELECT CASE WHEN lowered_on IS NOT NULL AND lowered_on <= :day THEN level ELSE awarded_level END AS k,
                               count(*) AS n
                        FROM evaluation_grade
                        WHERE awarded_on <= :day AND valid_until >= :day AND (lapsed_on IS NULL OR lapsed_on > :day)
                        GROUP BY 1""")
                .param("day", day)
                .query(rs -> {
                    inForce.put(GradeLevel.valueOf(rs.getString("k")), rs.getLong("n"));
                });
        return new YearCounts(awarded.values().stream().mapToLong(Long::longValue).sum(), awarded,
                inForce.values().stream().mapToLong(Long::longValue).sum(), inForce);
    }
}
