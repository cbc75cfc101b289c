package org.citycast.funding.financing;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycast.funding.audit.AuditTrail;
import org.citycast.funding.platform.CurrentUser;
import org.citycast.funding.platform.DomainException;
import org.citycast.funding.society.KnownSocieties;
import org.citycast.funding.society.KnownSociety;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Financing {

    private final FinancingLinks links;
    private final KnownSocieties societies;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    Financing(FinancingLinks links, KnownSocieties societies, AuditTrail audit, ApplicationEventPublisher events,
            JdbcClient jdbc, Clock clock) {
        this.links = links;
        this.societies = societies;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public LinkView record(UUID society, LinkForm form, CurrentUser user) {
        user.requireWritable(society);
        check(form);
        KnownSociety known = societies.findById(society).orElseThrow(() -> DomainException.invalid("societyId",
                "funding-service has no record of society " + society + " from the register"));
        LinkView view = links.save(FinancingLink.record(society, known.getName(), form, user.username(),
                clock.instant())).view();
        audit.record(view.id().toString(), society, "FINANCING_LINK_RECORDED", null, view);
        events.publishEvent(new FinancingLinkRecorded(UUID.randomUUID(), clock.instant(), view, false));
        return view;
    }

    @Transactional
    LinkView correct(UUID id, LinkForm form, CurrentUser user) {
        FinancingLink link = links.findById(id).orElseThrow(() -> DomainException.notFound("Financing link", id));
        user.requireWritable(link.getSocietyId());
        check(form);
        LinkView before = link.view();
        String name = societies.findById(link.getSocietyId()).map(KnownSociety::getName).orElse(before.societyName());
        link.describe(form, name, clock.instant());
        LinkView after = links.save(link).view();
        audit.record(id.toString(), link.getSocietyId(), "FINANCING_LINK_CORRECTED", before, after);
        events.publishEvent(new FinancingLinkRecorded(UUID.randomUUID(), clock.instant(), after, true));
        return after;
    }

    @Transactional(readOnly = true)
    LinkView find(UUID id, CurrentUser user) {
        return links.findById(id).filter(link -> user.maySee(link.getSocietyId())).map(FinancingLink::view)
                .orElseThrow(() -> DomainException.notFound("Financing link", id));
    }

    record LinkFilter(UUID societyId, Instrument instrument, Integer year, String q) {
    }

    @Transactional(readOnly = true)
    Page<LinkView> list(LinkFilter filter, Pageable page, CurrentUser user) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!user.admin()) {
            conditions.add("society_id = :own");
            params.put("own", user.societyId().orElse(new UUID(0, 0)));
        }
        if (filter.societyId() != null) {
            conditions.add("society_id = :society");
            params.put("society", filter.societyId());
        }
        if (filter.instrument() != null) {
            conditions.add("instrument = :instrument");
            params.put("instrument", filter.instrument().name());
        }
        if (filter.year() != null) {
            conditions.add("extract(year FROM starts_on) <= :year AND (ends_on IS NULL OR extract(year FROM ends_on) >= :year)");
            params.put("year", filter.year());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            conditions.add("(institution ILIKE :q OR society_name ILIKE :q)");
            params.put("q", "%" + filter.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM financing_link" + where).params(params).query(Long.class).single();
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        List<UUID> ids = jdbc.sql("SELECT id FROM financing_link" + where
                        + " ORDER BY starts_on DESC, id LIMIT :limit OFFSET :offset")
                .params(params).query(UUID.class).list();
        Map<UUID, LinkView> found = new HashMap<>();
        links.findAllById(ids).forEach(link -> found.put(link.getId(), link.view()));
        return new PageImpl<>(ids.stream().map(found::get).toList(), page, total);
    }

    public record Partnerships(long links, long societies, long institutions, Map<String, Long> byInstrument,
            BigDecimal amount) {
    }

    /** The year's partnerships: links in force during the year, the societies and institutions they join. */
    @Transactional(readOnly = true)
    public Partnerships partnerships(int year) {
        String inForce = " FROM financing_link WHERE extract(year FROM starts_on) <= :year "
                + "AND (ends_on IS NULL OR extract(year FROM ends_on) >= :year)";
        var totals = jdbc.sql("SELECT count(*) AS links, count(DISTINCT society_id) AS societies, "
                        + "count(DISTINCT institution) AS institutions, coalesce(sum(amount), 0) AS amount" + inForce)
                .param("year", year)
                .query((rs, n) -> new Partnerships(rs.getLong("links"), rs.getLong("societies"),
                        rs.getLong("institutions"), new LinkedHashMap<>(),
                        rs.getBigDecimal("amount").setScale(2)))
                .single();
        jdbc.sql("SELECT instrument, count(*) AS n" + inForce + " GROUP BY instrument ORDER BY instrument")
                .param("year", year)
                .query(rs -> {
                    totals.byInstrument().put(rs.getString("instrument"), rs.getLong("n"));
                });
        return totals;
    }

    private static void check(LinkForm form) {
        if (form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            throw DomainException.invalid("endsOn", "must not be before startsOn");
        }
    }
}
