package org.citycast.funding.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycast.funding.platform.AssociationTime;
import org.citycast.funding.platform.CurrentUser;
import org.citycast.funding.platform.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists and exports of applications; a secretary's hold only their own society's. */
@Service
class ApplicationDirectory {

    static final String PINYIN = "COLLATE \"zh-Hans-x-icu\"";

    private static final Map<String, String> SORTABLE = Map.ofEntries(
            Map.entry("createdAt", "a.created_at"),
            Map.entry("submittedAt", "a.submitted_at"),
            Map.entry("updatedAt", "a.updated_at"),
            Map.entry("title", "a.title " + PINYIN),
            Map.entry("societyName", "a.society_name " + PINYIN),
            Map.entry("status", "a.status"),
            Map.entry("requestedAmount", "a.requested_amount"),
            Map.entry("approvedAmount", "a.approved_amount"),
            Map.entry("reviewScore", "a.review_score"),
            Map.entry("plannedStart", "a.planned_start"),
            Map.entry("reportDueOn", "a.report_due_on"));

    private final GrantApplications applications;
    private final Applications service;
    private final JdbcClient jdbc;
    private final Clock clock;

    ApplicationDirectory(GrantApplications applications, Applications service, JdbcClient jdbc, Clock clock) {
        this.applications = applications;
        this.service = service;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<GrantView> list(ApplicationFilter filter, Pageable page, CurrentUser user) {
        Query query = where(filter, user);
        long total = jdbc.sql("SELECT count(*) FROM grant_application a" + query.sql()).params(query.params())
                .query(Long.class).single();
        Map<String, Object> paged = new HashMap<>(query.params());
        paged.put("limit", page.getPageSize());
        paged.put("offset", page.getOffset());
        List<UUID> ids = jdbc.sql("SELECT a.id FROM grant_application a" + query.sql() + orderBy(page.getSort())
                + " LIMIT :limit OFFSET :offset").params(paged).query(UUID.class).list();
        return new PageImpl<>(load(ids), page, total);
    }

    @Transactional(readOnly = true)
    List<GrantView> all(ApplicationFilter filter, Sort sort, CurrentUser user) {
        Query query = where(filter, user);
        return load(jdbc.sql("SELECT a.id FROM grant_application a" + query.sql() + orderBy(sort))
                .params(query.params()).query(UUID.class).list());
    }

    private List<GrantView> load(List<UUID> ids) {
        Map<UUID, GrantApplication> found = new HashMap<>();
        applications.findAllById(ids).forEach(application -> found.put(application.getId(), application));
        return ids.stream().map(found::get).map(service::view).toList();
    }

    private record Query(String sql, Map<String, Object> params) {
    }

    private Query where(ApplicationFilter filter, CurrentUser user) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!user.admin()) {
            conditions.add("a.society_id = :own");
            params.put("own", user.societyId().orElse(new UUID(0, 0)));
        }
        if (filter.year() != null) {
            conditions.add("a.year = :year");
            params.put("year", filter.year());
        }
        if (filter.callId() != null) {
            conditions.add("a.call_id = :call");
            params.put("call", filter.callId());
        }
        if (filter.status() != null) {
            conditions.add("a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.societyId() != null) {
            conditions.add("a.society_id = :society");
            params.put("society", filter.societyId());
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            conditions.add("a.category_code = :category");
            params.put("category", filter.category());
        }
        if (filter.subItem() != null && !filter.subItem().isBlank()) {
            conditions.add("a.sub_item_code = :subItem");
            params.put("subItem", filter.subItem());
        }
        if (filter.tag() != null) {
            conditions.add("a.tag = :tag");
            params.put("tag", filter.tag().name());
        }
        if (filter.overdue() != null) {
            String overdue = "(a.status = 'AGREED' AND a.report_due_on < :today)";
            conditions.add(filter.overdue() ? overdue : "NOT " + overdue);
            params.put("today", AssociationTime.today(clock));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            conditions.add("(a.title ILIKE :q OR a.society_name ILIKE :q)");
            params.put("q", "%" + escapeLike(filter.q().strip()) + "%");
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
        terms.add("a.created_at DESC");
        terms.add("a.id");
        return " ORDER BY " + String.join(", ", terms);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
