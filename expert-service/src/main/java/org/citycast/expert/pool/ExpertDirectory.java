package org.citycast.expert.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citycast.expert.platform.CurrentUser;
import org.citycast.expert.platform.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the pools for lists and exports, with the same visibility as a single profile and the
 * same masking. Chinese names sort by pinyin; the keyword search is served by a trigram index.
 */
@Service
class ExpertDirectory {

    /** ICU collation that orders Chinese by pinyin. */
    static final String PINYIN = "COLLATE \"zh-x-icu\"";

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "e.name " + PINYIN,
            "employer", "e.employer " + PINYIN,
            "title", "e.title " + PINYIN,
            "titleLevel", "array_position(ARRAY['FULL_SENIOR','ASSOCIATE_SENIOR','INTERMEDIATE','JUNIOR','NONE'], e.title_level)",
            "category", "e.category",
            "birthYear", "e.birth_year",
            "createdAt", "e.created_at");

    private static final String ACTIVE = "EXISTS (SELECT 1 FROM pool_membership m WHERE m.expert_id = e.id AND m.status = 'ACTIVE')";
    private static final String EVER = "EXISTS (SELECT 1 FROM pool_membership m WHERE m.expert_id = e.id)";

    private final JdbcClient jdbc;
    private final Experts experts;
    private final ExpertViews views;

    ExpertDirectory(JdbcClient jdbc, Experts experts, ExpertViews views) {
        this.jdbc = jdbc;
        this.experts = experts;
        this.views = views;
    }

    @Transactional(readOnly = true)
    Page<ExpertView> list(ExpertFilter filter, Pageable page, CurrentUser user) {
        Query query = where(filter, user);
        long total = jdbc.sql("SELECT count(*) FROM expert e" + query.sql()).params(query.params())
                .query(Long.class).single();
        Map<String, Object> paged = new HashMap<>(query.params());
        paged.put("limit", page.getPageSize());
        paged.put("offset", page.getOffset());
        List<UUID> ids = jdbc.sql("SELECT e.id FROM expert e" + query.sql() + orderBy(page.getSort())
                + " LIMIT :limit OFFSET :offset").params(paged).query(UUID.class).list();
        return new PageImpl<>(views(ids, user), page, total);
    }

    /** Everything that matches, in the requested order, for an export. */
    @Transactional(readOnly = true)
    List<ExpertView> all(ExpertFilter filter, Sort sort, CurrentUser user) {
        Query query = where(filter, user);
        List<UUID> ids = jdbc.sql("SELECT e.id FROM expert e" + query.sql() + orderBy(sort)).params(query.params())
                .query(UUID.class).list();
        return views(ids, user);
    }

    private List<ExpertView> views(List<UUID> ids, CurrentUser user) {
        Map<UUID, Expert> byId = experts.findAllById(ids).stream()
                .collect(Collectors.toMap(Expert::getId, Function.identity()));
        Set<UUID> societyIds = new HashSet<>();
        byId.values().forEach(expert -> societyIds.addAll(expert.societyIds()));
        Map<UUID, String> names = views.societyNames(societyIds);
        return ids.stream().map(byId::get).map(expert -> views.view(expert, user, names)).toList();
    }

    private record Query(String sql, Map<String, Object> params) {
    }

    private static Query where(ExpertFilter filter, CurrentUser user) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!user.admin()) {
            List<String> visible = new ArrayList<>();
            if (user.hasRole("SOCIETY_SECRETARY") || user.hasRole("REVIEWER") || user.hasRole("EXPERT")
                    || user.hasRole("EDITOR")) {
                visible.add(ACTIVE);
            }
            visible.add("e.id = :self");
            params.put("self", user.expertId().orElse(new UUID(0, 0)));
            if (user.hasRole("SOCIETY_SECRETARY")) {
                visible.add("EXISTS (SELECT 1 FROM expert_society s WHERE s.expert_id = e.id AND s.society_id = :own)");
                params.put("own", user.societyId().orElse(new UUID(0, 0)));
            }
            if (user.hasRole("REVIEWER")) {
                visible.add("EXISTS (SELECT 1 FROM pool_nomination n WHERE n.expert_id = e.id AND n.status = 'PENDING')");
            }
            conditions.add("(" + String.join(" OR ", visible) + ")");
        }
        ExpertStatus status = filter.status() == null ? ExpertStatus.ADMITTED : filter.status();
        conditions.add(switch (status) {
            case ADMITTED -> ACTIVE;
            case FORMER -> "NOT " + ACTIVE + " AND " + EVER;
            case CANDIDATE -> "NOT " + EVER;
        });
        if (filter.pool() != null && !filter.pool().isBlank()) {
            conditions.add("EXISTS (SELECT 1 FROM pool_membership m WHERE m.expert_id = e.id AND m.status = 'ACTIVE' "
                    + "AND m.pool = :pool)");
            params.put("pool", filter.pool());
        }
        if (filter.category() != null) {
            conditions.add("e.category = :category");
            params.put("category", filter.category().name());
        }
        if (filter.titleLevel() != null) {
            conditions.add("e.title_level = :titleLevel");
            params.put("titleLevel", filter.titleLevel().name());
        }
        if (filter.minTitleLevel() != null) {
            conditions.add("e.title_level IN (:levels)");
            params.put("levels", Arrays.stream(TitleLevel.values()).filter(l -> l.atLeast(filter.minTitleLevel()))
                    .map(Enum::name).toList());
        }
        if (filter.society() != null) {
            conditions.add("EXISTS (SELECT 1 FROM expert_society s WHERE s.expert_id = e.id AND s.society_id = :society)");
            params.put("society", filter.society());
        }
        if (filter.committee() != null) {
            conditions.add(filter.committee() ? "e.committee_member" : "NOT e.committee_member");
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            conditions.add("e.search_text ILIKE :q");
            params.put("q", "%" + escapeLike(filter.q().strip()) + "%");
        }
        return new Query(" WHERE " + String.join(" AND ", conditions), params);
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
        terms.add("e.id");
        return " ORDER BY " + String.join(", ", terms);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
