package org.citycast.funding.application;

import static org.citycast.funding.platform.ListQuery.PINYIN;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycast.funding.platform.AssociationTime;
import org.citycast.funding.platform.CurrentUser;
import org.citycast.funding.platform.ListQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists and exports of applications; a secretary's hold only their own society's. */
@Service
class ApplicationDirectory {

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
        return where(filter, user).pageOfIds(jdbc, "a.id", page, this::load);
    }

    @Transactional(readOnly = true)
    List<GrantView> all(ApplicationFilter filter, Sort sort, CurrentUser user) {
        return where(filter, user).allOfIds(jdbc, "a.id", sort, this::load);
    }

    private List<GrantView> load(List<UUID> ids) {
        Map<UUID, GrantApplication> found = new HashMap<>();
        applications.findAllById(ids).forEach(application -> found.put(application.getId(), application));
        return ids.stream().map(found::get).map(service::view).toList();
    }

    private ListQuery where(ApplicationFilter filter, CurrentUser user) {
        ListQuery query = new ListQuery("grant_application a", SORTABLE, "a.created_at DESC", "a.id");
        if (!user.admin()) {
            query.where("a.society_id = :own", "own", user.societyId().orElse(new UUID(0, 0)));
        }
        query.whereGiven("a.year = :year", "year", filter.year())
                .whereGiven("a.call_id = :call", "call", filter.callId())
                .whereGiven("a.status = :status", "status", filter.status())
                .whereGiven("a.society_id = :society", "society", filter.societyId())
                .whereGiven("a.category_code = :category", "category", filter.category())
                .whereGiven("a.sub_item_code = :subItem", "subItem", filter.subItem())
                .whereGiven("a.tag = :tag", "tag", filter.tag());
        if (filter.overdue() != null) {
            String overdue = "(a.status = 'AGREED' AND a.report_due_on < :today)";
            query.where(filter.overdue() ? overdue : "NOT " + overdue, "today", AssociationTime.today(clock));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            query.where("(a.title ILIKE :q OR a.society_name ILIKE :q)", "q", ListQuery.containing(filter.q()));
        }
        return query;
    }
}
