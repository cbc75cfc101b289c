package org.citycast.society.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register read by the other modules: the one way they see the {@code society} table. A
 * society by id, the societies in a status, names in pinyin order, the filtered list with its
 * search, and the register as it stood at a past moment.
 */
@Service
@NamedInterface("register")
public class SocietyRegister {

    /** ICU collation that orders Chinese by pinyin (安, 北京, 重庆, 李, 王, 张, 赵). */
    private static final String PINYIN = "COLLATE \"zh-Hans-x-icu\"";

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

    private final Societies societies;
    private final SocietyHistory history;
    private final JdbcClient jdbc;

    SocietyRegister(Societies societies, SocietyHistory history, JdbcClient jdbc) {
        this.societies = societies;
        this.history = history;
        this.jdbc = jdbc;
    }

    /** What a list of the register is narrowed to; {@code ids}, when given, limits it to those societies. */
    @NamedInterface("register")
    public record Criteria(SocietyStatus status, DisciplineCategory category, String hostUnit, HealthTier healthTier,
            Boolean partyCovered, String q, Collection<UUID> ids) {
    }

    /** One row of the register as lists and exports show it. */
    @NamedInterface("register")
    public record Listing(UUID id, String name, String shortName, DisciplineCategory disciplineCategory,
            String hostUnit, SocietyStatus status, HealthTier healthTier, String creditCode, LocalDate registeredOn,
            LocalDate foundedOn, LocalDate joinedOn, Integer individualMembers, Integer unitMembers,
            java.math.BigDecimal assets, String address, String legalRepresentative,
            PartyOrganisationForm partyOrganisation) {
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return societies.existsById(id);
    }

    /** For the caller's own reading: another society's record is reported missing, so ids cannot be probed. */
    @Transactional(readOnly = true)
    public Society find(UUID id, CurrentUser user) {
        if (!user.maySee(id)) {
            throw DomainException.notFound("Society", id);
        }
        return get(id);
    }

    /** For the service's own jobs and neighbours, which do their own checks. */
    @Transactional(readOnly = true)
    public Society get(UUID id) {
        return societies.findById(id).orElseThrow(() -> DomainException.notFound("Society", id));
    }

    @Transactional(readOnly = true)
    public List<Society> inStatus(SocietyStatus status) {
        return societies.findByStatus(status);
    }

    /** The names of these societies, in pinyin order of the name. */
    @Transactional(readOnly = true)
    public Map<UUID, String> namesInPinyinOrder(Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, name FROM society WHERE id IN (:ids) ORDER BY name " + PINYIN + ", id")
                .param("ids", List.copyOf(ids))
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }

    /** Every society on the register at {@code moment}, with the status, tier and party organisation it had then. */
    @Transactional(readOnly = true)
    public List<SocietyState> asOf(Instant moment) {
        return history.asOf(moment);
    }

    /**
     * How many societies made each move of status in {@code [from, to)}, keyed {@code FROM→TO}
     * ({@code NEW→ACTIVE} for an import, {@code JOINING→ACTIVE} for a joining ...).
     */
    @Transactional(readOnly = true)
    public Map<String, Long> movesBetween(Instant from, Instant to) {
        return history.movesBetween(from, to);
    }

    @Transactional(readOnly = true)
    public Page<Listing> list(Criteria criteria, Pageable page) {
        Query query = where(criteria);
        long total = jdbc.sql("SELECT count(*) FROM society s" + query.sql()).params(query.params())
                .query(Long.class).single();
        Map<String, Object> paged = new HashMap<>(query.params());
        paged.put("limit", page.getPageSize());
        paged.put("offset", page.getOffset());
        List<Listing> rows = jdbc.sql("SELECT s.* FROM society s" + query.sql() + orderBy(page.getSort())
                        + " LIMIT :limit OFFSET :offset").params(paged)
                .query(SocietyRegister::listing).list();
        return new PageImpl<>(rows, page, total);
    }

    /** Everything that matches, in the requested order, for an export. */
    @Transactional(readOnly = true)
    public List<Listing> all(Criteria criteria, Sort sort) {
        Query query = where(criteria);
        return jdbc.sql("SELECT s.* FROM society s" + query.sql() + orderBy(sort)).params(query.params())
                .query(SocietyRegister::listing).list();
    }

    private record Query(String sql, Map<String, Object> params) {
    }

    private static Query where(Criteria criteria) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (criteria.ids() != null) {
            if (criteria.ids().isEmpty()) {
                conditions.add("FALSE");
            } else {
                conditions.add("s.id IN (:ids)");
                params.put("ids", List.copyOf(criteria.ids()));
            }
        }
        if (criteria.status() != null) {
            conditions.add("s.status = :status");
            params.put("status", criteria.status().name());
        }
        if (criteria.category() != null) {
            conditions.add("s.discipline_category = :category");
            params.put("category", criteria.category().name());
        }
        if (criteria.hostUnit() != null && !criteria.hostUnit().isBlank()) {
            conditions.add("s.host_unit = :hostUnit");
            params.put("hostUnit", criteria.hostUnit());
        }
        if (criteria.healthTier() != null) {
            conditions.add("s.health_tier = :healthTier");
            params.put("healthTier", criteria.healthTier().name());
        }
        if (criteria.partyCovered() != null) {
            conditions.add(criteria.partyCovered() ? "coalesce(s.party_form, 'NONE') <> 'NONE'"
                    : "coalesce(s.party_form, 'NONE') = 'NONE'");
        }
        if (criteria.q() != null && !criteria.q().isBlank()) {
            conditions.add("(s.name ILIKE :q OR s.short_name ILIKE :q OR s.credit_code = :code)");
            params.put("q", "%" + escapeLike(criteria.q().strip()) + "%");
            params.put("code", criteria.q().strip().toUpperCase());
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

    private static Listing listing(ResultSet rs, int row) throws SQLException {
        String party = rs.getString("party_form");
        return new Listing(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("short_name"),
                DisciplineCategory.valueOf(rs.getString("discipline_category")), rs.getString("host_unit"),
                SocietyStatus.valueOf(rs.getString("status")), HealthTier.valueOf(rs.getString("health_tier")),
                rs.getString("credit_code"), rs.getObject("registered_on", LocalDate.class),
                rs.getObject("founded_on", LocalDate.class), rs.getObject("joined_on", LocalDate.class),
                (Integer) rs.getObject("individual_members"), (Integer) rs.getObject("unit_members"),
                rs.getBigDecimal("assets"), rs.getString("address"), rs.getString("legal_representative"),
                party == null ? PartyOrganisationForm.NONE : PartyOrganisationForm.valueOf(party));
    }
}
