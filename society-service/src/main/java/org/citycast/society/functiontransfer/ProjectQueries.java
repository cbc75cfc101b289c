package org.citycast.society.functiontransfer;

import static org.citycast.society.platform.ListQuery.PINYIN;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycast.society.evaluation.GradeLevel;
import org.citycast.society.platform.ListQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The list of projects, newest award first unless asked otherwise. */
@Repository
class ProjectQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "awardedOn", "p.awarded_on",
            "societyName", "p.society_name " + PINYIN,
            "commissioningBureau", "p.commissioning_bureau " + PINYIN,
            "contractAmount", "p.contract_amount",
            "endsOn", "p.ends_on",
            "status", "p.status");

    private final JdbcClient jdbc;

    ProjectQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(UUID societyId, ProjectKind kind, ProjectStatus status, Integer year, String q) {
    }

    record Row(UUID id, ProjectKind kind, String title, String commissioningBureau, String function,
            BigDecimal contractAmount, LocalDate startsOn, LocalDate endsOn, UUID societyId, String societyName,
            GradeLevel gradeAtAward, ProjectStatus status, LocalDate awardedOn, Rating evaluationRating) {
    }

    @Transactional(readOnly = true)
    Page<Row> page(Filter filter, Pageable page) {
        return where(filter).page(jdbc, "p.*", page, ProjectQueries::row);
    }

    @Transactional(readOnly = true)
    List<Row> all(Filter filter, Sort sort) {
        return where(filter).all(jdbc, "p.*", sort, ProjectQueries::row);
    }

    private static ListQuery where(Filter filter) {
        ListQuery query = new ListQuery("function_transfer_project p", SORTABLE, "p.awarded_on DESC", "p.id");
        query.whereGiven("p.society_id = :society", "society", filter.societyId())
                .whereGiven("p.kind = :kind", "kind", filter.kind())
                .whereGiven("p.status = :status", "status", filter.status())
                .whereGiven("extract(YEAR FROM p.awarded_on) = :year", "year", filter.year());
        if (filter.q() != null && !filter.q().isBlank()) {
            query.where("(p.title ILIKE :q OR p.function_name ILIKE :q OR p.commissioning_bureau ILIKE :q "
                    + "OR p.society_name ILIKE :q)", "q", ListQuery.containing(filter.q()));
        }
        return query;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String grade = rs.getString("grade_at_award");
        String rating = rs.getString("evaluation_rating");
        return new Row(rs.getObject("id", UUID.class), ProjectKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("commissioning_bureau"), rs.getString("function_name"), rs.getBigDecimal("contract_amount"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("society_id", UUID.class), rs.getString("society_name"),
                grade == null ? null : GradeLevel.valueOf(grade), ProjectStatus.valueOf(rs.getString("status")),
                rs.getObject("awarded_on", LocalDate.class), rating == null ? null : Rating.valueOf(rating));
    }
}
