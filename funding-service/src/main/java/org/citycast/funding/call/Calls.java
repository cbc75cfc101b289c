package org.citycast.funding.call;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycast.funding.audit.AuditTrail;
import org.citycast.funding.catalogue.Catalogue;
import org.citycast.funding.platform.AssociationTime;
import org.citycast.funding.platform.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Calls {

    private final GrantCalls calls;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Calls(GrantCalls calls, Catalogue catalogue, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.calls = calls;
        this.catalogue = catalogue;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public CallView open(CallTerms terms) {
        CallTerms complete = check(terms);
        GrantCall call = calls.save(GrantCall.open(UUID.randomUUID(), complete, clock.instant()));
        CallView view = view(call);
        audit.record(call.getId().toString(), null, "CALL_OPENED", null, view);
        return view;
    }

    @Transactional
    public CallView change(UUID id, CallTerms terms) {
        CallTerms complete = check(terms);
        GrantCall call = calls.findById(id).orElseThrow(() -> DomainException.notFound("Call", id));
        CallView before = view(call);
        call.describe(complete, clock.instant());
        CallView after = view(calls.save(call));
        audit.record(id.toString(), null, "CALL_CHANGED", before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public CallView get(UUID id) {
        return calls.findById(id).map(this::view).orElseThrow(() -> DomainException.notFound("Call", id));
    }

    /** Whether a call of that title exists for the year (the demo data's own marker). */
    @Transactional(readOnly = true)
    public boolean exists(int year, String title) {
        return jdbc.sql("SELECT count(*) FROM grant_call WHERE year = ? AND title = ?").params(year, title)
                .query(Long.class).single() > 0;
    }

    record CallFilter(Integer year, CallStatus status, String category) {
    }

    @Transactional(readOnly = true)
    Page<CallView> list(CallFilter filter, Pageable page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        LocalDate today = AssociationTime.today(clock);
        params.put("today", today);
        if (filter.year() != null) {
            conditions.add("c.year = :year");
            params.put("year", filter.year());
        }
        if (filter.status() != null) {
            conditions.add(switch (filter.status()) {
                case UPCOMING -> "c.opens_on > :today";
                case OPEN -> "c.opens_on <= :today AND c.closes_on >= :today";
                case CLOSED -> "c.closes_on < :today";
            });
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            conditions.add("EXISTS (SELECT 1 FROM call_category k WHERE k.call_id = c.id AND k.category_code = :category)");
            params.put("category", filter.category());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM grant_call c" + where).params(params).query(Long.class).single();
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        List<UUID> ids = jdbc.sql("SELECT c.id FROM grant_call c" + where
                        + " ORDER BY c.opens_on DESC, c.id LIMIT :limit OFFSET :offset")
                .params(params).query(UUID.class).list();
        Map<UUID, GrantCall> found = new HashMap<>();
        calls.findAllById(ids).forEach(call -> found.put(call.getId(), call));
        return new PageImpl<>(ids.stream().map(found::get).map(this::view).toList(), page, total);
    }

    private CallTerms check(CallTerms terms) {
        if (terms.closesOn().isBefore(terms.opensOn())) {
            throw DomainException.invalid("closesOn", "must not be before opensOn");
        }
        catalogue.requireCategories(terms.categories(), "categories");
        CallTerms complete = terms.withDefaults();
        if (new HashSet<>(complete.rubric().stream().map(Criterion::key).toList()).size() != complete.rubric().size()) {
            throw DomainException.invalid("rubric", "criterion keys must be different");
        }
        return complete;
    }

    private CallView view(GrantCall call) {
        return CallView.of(call, AssociationTime.today(clock));
    }
}
