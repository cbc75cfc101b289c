package org.citycast.society.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.citycast.society.registration.DisciplineCategory;
import org.citycast.society.registration.HealthTier;
import org.citycast.society.registration.PartyOrganisationForm;
import org.citycast.society.registration.SocietyStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the register for lists and exports; a secretary's list holds only their own society. */
@Service
class SocietyDirectory {

    /** ICU collation that orders Chinese by pinyin (安, 北京, 重庆, 李, 王, 张, 赵). */
    static final String PINYIN = "COLLATE \"zh-Hans-x-icu\"";

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "s.name " + PINYIN,
            "shortName", "s.short_name " + PINYIN,
            "hostUnit", "s.host_unit " + PINYIN,
            "disciplineCategory", "s.discipline_category",
            "status", "s.status",
            "healthTier", "s.health_tier",
            "registeredOn", "s.registered_on",
            "joinedOn", "s.joined_on",
            "createdAt", "s.created_at",
            "individualMembers", "s.individual_members");

    private final JdbcClient jdbc;

    SocietyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Page<SocietyListItem> list(SocietyFilter filter, Pageable page, CurrentUser user) {
        Query query = where(filter, user);
        long total = jdbc.sql("SELECT count(*) FROM society s" + query.sql()).params(query.params())
                .query(Long.class).single();
        Map<String, Object> paged = new HashMap<>(query.params());
        paged.put("limit", page.getPageSize());
        paged.put("offset", page.getOffset());
        List<SocietyListItem> rows = jdbc.sql("SELECT s.* FROM society s" + query.sql() + orderBy(page.getSort())
                        + " LIMIT :limit OFFSET :offset").params(paged)
                .query(SocietyDirectory::item).list();
        return new PageImpl<>(rows, page, total);
    }

    /** Everything that matches, in the requested order, for an export. */
    @Transactional(readOnly = true)
    List<SocietyListItem> all(SocietyFilter filter, Sort sort, CurrentUser user) {
        Query query = where(filter, user);
        return jdbc.sql("SELECT s.* FROM society s" + query.sql() + orderBy(sort)).params(query.params())
                .query(SocietyDirectory::item).list();
    }

    private record Query(String sql, Map<String, Object> params) {
    }

    private static Query where(SocietyFilter filter, CurrentUser user) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!user.admin()) {
            conditions.add("s.id = :own");
            params.put("own", user.societyId().orElse(new UUID(0, 0)));
        }
        if (filter.status() != null) {
            conditions.add("s.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.category() != null) {
            conditions.add("s.discipline_category = :category");
            params.put("category", filter.category().name());
        }
        if (filter.hostUnit() != null && !filter.hostUnit().isBlank()) {
            conditions.add("s.host_unit = :hostUnit");
            params.put("hostUnit", filter.hostUnit());
        }
        if (filter.healthTier() != null) {
            conditions.add("s.health_tier = :healthTier");
            params.put("healthTier", filter.healthTier().name());
        }
        if (filter.partyCovered() != null) {
            conditions.add(filter.partyCovered() ? "coalesce(s.party_form, 'NONE') <> 'NONE'"
                    : "coalesce(s.party_form, 'NONE') = 'NONE'");
        }
        if (filter.inspectionOutcome() != null) {
            if (filter.inspectionYear() == null) {
                throw DomainException.invalid("inspectionYear", "is required with inspectionOutcome");
            }
            conditions.add("""
                    EXISTS (SELECT 1 FROM annual_inspection i WHERE i.society_id = s.id AND i.year = :inspectionYear
                            AND (i.outcome = :inspectionOutcome OR i.status = :inspectionOutcome))""");
            params.put("inspectionYear", filter.inspectionYear());
            params.put("inspectionOutcome", filter.inspectionOutcome());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            conditions.add("(s.name ILIKE :q OR s.short_name ILIKE :q OR s.credit_code = :code)");
            params.put("q", "%" + escapeLike(filter.q().strip()) + "%");
            params.put("code", filter.q().strip().toUpperCase());
        }
        return new Query(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static String orderBy(Sort sort) {
        List<String> terms = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column == null) {
                throw DomainException.invalid("sort", "cannot sort by '" + order.getProperty() + "'; use one of "
                        + String.join(", ", SORTABLE.keySet().stream().sorted().toList()));
            }
            terms.add(column + (order.isAscending() ? " ASC" : " DESC") + " NULLS LAST");
        }
        terms.add(SORTABLE.get("name"));
        terms.add("s.id");
        return " ORDER BY " + String.join(", ", terms);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static SocietyListItem item(ResultSet rs, int row) throws SQLException {
        String party = rs.getString("party_form");
        return new SocietyListItem(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("short_name"),
                DisciplineCategory.valueOf(rs.getString("discipline_category")), rs.getString("host_unit"),
                SocietyStatus.valueOf(rs.getString("status")), HealthTier.valueOf(rs.getString("health_tier")),
                rs.getString("credit_code"), rs.getObject("registered_on", LocalDate.class),
                rs.getObject("founded_on", LocalDate.class),
                rs.getObject("joined_on", LocalDate.class),
                (Integer) rs.getObject("individual_members"), (Integer) rs.getObject("unit_members"),
                rs.getBigDecimal("assets"), rs.getString("address"), rs.getString("legal_representative"),
                party == null ? PartyOrganisationForm.NONE : PartyOrganisationForm.valueOf(party));
    }
}
