package org.citycast.society.evaluation;

import static org.citycast.society.platform.ListQuery.PINYIN;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycast.society.platform.ListQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The list of grades, filtered, paged and in pinyin order of the society's name unless asked otherwise. */
@Repository
class GradeQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "societyName", "g.society_name " + PINYIN,
            "level", "CASE g.level WHEN 'AAAAA' THEN 5 WHEN 'AAAA' THEN 4 WHEN 'AAA' THEN 3 WHEN 'AA' THEN 2 ELSE 1 END",
            "awardedOn", "g.awarded_on",
            "validUntil", "g.valid_until",
            "score", "g.score");

    private final JdbcClient jdbc;

    GradeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the list is narrowed to: a level, a status, at least a level, a year of award, a name. */
    record Filter(GradeLevel level, GradeLevel minimumLevel, GradeStatus status, Integer year, UUID societyId,
            String q) {
    }

    record Row(UUID id, UUID societyId, String societyName, GradeLevel level, String label, BigDecimal score,
            LocalDate awardedOn, LocalDate validUntil, String certificateNumber, GradeStatus status,
            LapseCause lapseCause, LocalDate lapsedOn) {
    }

    @Transactional(readOnly = true)
    Page<Row> page(Filter filter, Pageable page) {
        return where(filter).page(jdbc, "g.*", page, GradeQueries::row);
    }

    @Transactional(readOnly = true)
    List<Row> all(Filter filter, Sort sort) {
        return where(filter).all(jdbc, "g.*", sort, GradeQueries::row);
    }

    private static ListQuery where(Filter filter) {
        ListQuery query = new ListQuery("evaluation_grade g", SORTABLE, SORTABLE.get("societyName"), "g.awarded_on DESC",
                "g.id");
        query.whereGiven("g.level = :level", "level", filter.level())
                .whereGiven("g.status = :status", "status", filter.status())
                .whereGiven("g.society_id = :society", "society", filter.societyId())
                .whereGiven("extract(YEAR FROM g.awarded_on) = :year", "year", filter.year());
        if (filter.minimumLevel() != null) {
            query.where("g.level IN (:levels)", "levels", Arrays.stream(GradeLevel.values())
                    .filter(level -> level.atLeast(filter.minimumLevel())).map(Enum::name).toList());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            query.where("(g.society_name ILIKE :q OR g.certificate_number = :number)", "q",
                    ListQuery.containing(filter.q())).param("number", filter.q().strip());
        }
        return query;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        GradeLevel level = GradeLevel.valueOf(rs.getString("level"));
        String cause = rs.getString("lapse_cause");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("society_id", UUID.class),
                rs.getString("society_name"), level, level.label(), rs.getBigDecimal("score"),
                rs.getObject("awarded_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getString("certificate_number"), GradeStatus.valueOf(rs.getString("status")),
                cause == null ? null : LapseCause.valueOf(cause), rs.getObject("lapsed_on", LocalDate.class));
    }
}
