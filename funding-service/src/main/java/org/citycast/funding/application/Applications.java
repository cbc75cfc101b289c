package org.citycast.funding.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.citycast.funding.audit.AuditTrail;
import org.citycast.funding.call.CallStatus;
import org.citycast.funding.call.CallView;
import org.citycast.funding.call.Calls;
import org.citycast.funding.catalogue.ActivityTag;
import org.citycast.funding.catalogue.Catalogue;
import org.citycast.funding.catalogue.Category;
import org.citycast.funding.catalogue.SubItem;
import org.citycast.funding.deadline.DeadlineAudience;
import org.citycast.funding.deadline.DeadlineMet;
import org.citycast.funding.deadline.DeadlineScheduled;
import org.citycast.funding.platform.AssociationTime;
import org.citycast.funding.platform.CurrentUser;
import org.citycast.funding.platform.DomainException;
import org.citycast.funding.society.KnownSocieties;
import org.citycast.funding.society.KnownSociety;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of an application's life. Each checks who may act on which society, applies one step
 * to {@link GrantApplication}, and records it in the audit trail, in one transaction. Steps that
 * neighbours drive (review, decision, agreement, final report) require their caller's transaction,
 * so that the grant and the neighbour's own records change together or not at all.
 */
@Service
public class Applications {

    private final GrantApplications applications;
    private final Calls calls;
    private final Catalogue catalogue;
    private final KnownSocieties societies;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    Applications(GrantApplications applications, Calls calls, Catalogue catalogue, KnownSocieties societies,
            AuditTrail audit, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.applications = applications;
        this.calls = calls;
        this.catalogue = catalogue;
        this.societies = societies;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Saves a new draft for a society: a secretary's own, or any society for ADMIN. */
    @Transactional
    public GrantView draft(UUID society, ApplicationForm form, CurrentUser user) {
        user.requireWritable(society);
        GrantApplication.Checked checked = check(form);
        String name = societies.findById(society).map(KnownSociety::getName).orElse(null);
        GrantApplication saved = applications.save(GrantApplication.draft(UUID.randomUUID(), society, name, checked,
                user.username(), clock.instant()));
        GrantView view = view(saved);
        audit.record(saved.getId().toString(), society, "DRAFTED", null, view);
        return view;
    }

    @Transactional
    public GrantView revise(UUID id, ApplicationForm form, CurrentUser user) {
        GrantApplication.Checked checked = check(form);
        return change(writable(id, user), "REVISED", application -> application.revise(checked, clock.instant()));
    }

    /**
     * Applies: only while the society is active in the register, has no overdue final report, and
     * the call is open. Each refusal says which of these failed.
     */
    @Transactional
    public GrantView submit(UUID id, CurrentUser user) {
        GrantApplication application = writable(id, user);
        KnownSociety society = eligible(application.getSocietyId());
        CallView call = calls.get(application.getCallId());
        LocalDate today = AssociationTime.today(clock);
        if (call.status() != CallStatus.OPEN) {
            throw DomainException.conflict("The call '" + call.title() + "' is " + call.status() + " (open "
                    + call.opensOn() + " to " + call.closesOn() + "); applications are accepted only while it is open.");
        }
        if (application.getRequestedAmount().compareTo(call.maxPerGrant()) > 0) {
            throw DomainException.invalid("requestedAmount", "exceeds the call's maximum of " + call.maxPerGrant());
        }
        boolean[] first = new boolean[1];
        GrantView view = change(application, "SUBMITTED",
                a -> first[0] = a.submit(society.getName(), clock.instant()));
        if (first[0]) {
            events.publishEvent(new GrantApplied(UUID.randomUUID(), clock.instant(), view.summary()));
        }
        return view;
    }

    @Transactional
    public GrantView withdraw(UUID id, String reason, CurrentUser user) {
        return change(writable(id, user), "WITHDRAWN", application -> application.withdraw(reason, clock.instant()));
    }

    /** ADMIN's formal check (形式审查): pass to review, or return to the society with comments. */
    @Transactional
    public GrantView formalCheck(UUID id, boolean passed, String comments) {
        if (!passed && (comments == null || comments.isBlank())) {
            throw DomainException.invalid("comments", "are required when an application is returned");
        }
        return change(get(id), passed ? "FORMAL_CHECK_PASSED" : "RETURNED_FOR_CHANGES",
                application -> {
                    if (passed) {
                        application.passFormalCheck(comments, clock.instant());
                    } else {
                        application.returnForChanges(comments, clock.instant());
                    }
                });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public GrantView reviewed(UUID id, BigDecimal score) {
        return change(get(id), "REVIEW_CLOSED", application -> application.reviewed(score, clock.instant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public GrantView approve(UUID id, BigDecimal amount) {
        return change(get(id), "APPROVED", application -> application.approve(amount, clock.instant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public GrantView reject(UUID id, String reason) {
        return change(get(id), "REJECTED", application -> application.reject(reason, clock.instant()));
    }

    /** The agreement sets the final report's due date: the society is told of the deadline. */
    @Transactional(propagation = Propagation.MANDATORY)
    public GrantView agreed(UUID id, LocalDate signedOn, LocalDate reportDueOn) {
        GrantView agreed = change(get(id), "AGREEMENT_SIGNED",
                application -> application.agree(signedOn, reportDueOn, clock.instant()));
        events.publishEvent(finalReportDue(agreed));
        return agreed;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public GrantView disbursed(UUID id, BigDecimal amount) {
        return change(get(id), "TRANCHE_PAID", application -> application.disbursed(amount, clock.instant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public GrantView reportFiled(UUID id) {
        GrantView filed = change(get(id), "FINAL_REPORT_FILED", application -> application.reportFiled(clock.instant()));
        events.publishEvent(DeadlineMet.now(finalReportDeadline(id), FINAL_REPORT, clock));
        return filed;
    }

    /** A returned report is owed again by the same due date. */
    @Transactional(propagation = Propagation.MANDATORY)
    public GrantView reportReturned(UUID id, String comments) {
        GrantView returned = change(get(id), "FINAL_REPORT_RETURNED",
                application -> application.reportReturned(comments, clock.instant()));
        events.publishEvent(finalReportDue(returned));
        return returned;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public GrantView reportAccepted(UUID id, BigDecimal spending) {
        return change(get(id), "FINAL_REPORT_ACCEPTED",
                application -> application.reportAccepted(spending, clock.instant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public GrantView close(UUID id) {
        return change(get(id), "CLOSED", application -> application.close(clock.instant()));
    }

    /** Grants whose final report became overdue and are not yet marked so. */
    @Transactional(readOnly = true)
    public List<UUID> newlyOverdue(LocalDate today) {
        return applications.newlyOverdue(today).stream().map(GrantApplication::getId).toList();
    }

    /** Marks one grant's final report overdue; empty if it was already marked or is no longer overdue. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<GrantView> markOverdue(UUID id, LocalDate today) {
        GrantApplication application = get(id);
        GrantView before = view(application);
        if (!application.markOverdue(today, clock.instant())) {
            return Optional.empty();
        }
        GrantView after = view(applications.save(application));
        audit.record(id.toString(), application.getSocietyId(), "FINAL_REPORT_OVERDUE", before, after);
        return Optional.of(after);
    }

    /** The year's applications by status, and by category and tag with the money committed and paid. */
    @Transactional(readOnly = true)
    public GrantFigures figures(int year) {
        Map<GrantStatus, Long> byStatus = new EnumMap<>(GrantStatus.class);
        jdbc.sql("SELECT status, count(*) AS n FROM grant_application WHERE year = ? GROUP BY status").param(year)
                .query(rs -> {
                    byStatus.put(GrantStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        List<GrantFigures.Group> byCategory = groups(year, "category_code", catalogue.categories().stream()
                .collect(Collectors.toMap(Category::code, Category::name, (a, b) -> a, LinkedHashMap::new)));
        Map<String, String> tags = new LinkedHashMap<>();
        for (ActivityTag tag : ActivityTag.values()) {
            tags.put(tag.name(), tag.label());
        }
        return new GrantFigures(year, total, byStatus, byCategory, groups(year, "tag", tags));
    }

    private List<GrantFigures.Group> groups(int year, String column, Map<String, String> labels) {
        Map<String, GrantFigures.Group> found = new HashMap<>();
        jdbc.sql("""
                        SELECT %1$s AS code, count(*) AS applications,
                            count(*) FILTER (WHERE status IN ('APPROVED', 'AGREED', 'REPORTED', 'REPORT_ACCEPTED', 'CLOSED')) AS funded,
                            coalesce(sum(requested_amount) FILTER (WHERE status NOT IN ('DRAFT', 'WITHDRAWN')), 0) AS requested,
                            coalesce(sum(CASE WHEN status = 'CLOSED' THEN settled_amount ELSE approved_amount END), 0) AS committed,
                            coalesce(sum(CASE WHEN status = 'CLOSED' THEN settled_amount ELSE disbursed_amount END), 0) AS disbursed
                        FROM grant_application WHERE year = ? GROUP BY %1$s""".formatted(column))
                .param(year)
                .query(rs -> {
                    String code = rs.getString("code");
                    found.put(code, new GrantFigures.Group(code, labels.getOrDefault(code, code),
                            rs.getLong("applications"), rs.getLong("funded"), rs.getBigDecimal("requested").setScale(2),
                            rs.getBigDecimal("committed").setScale(2), rs.getBigDecimal("disbursed").setScale(2)));
                });
        List<GrantFigures.Group> groups = new ArrayList<>();
        BigDecimal zero = new BigDecimal("0.00");
        labels.forEach((code, label) -> groups.add(found.getOrDefault(code,
                new GrantFigures.Group(code, label, 0, 0, zero, zero, zero))));
        found.keySet().stream().filter(code -> !labels.containsKey(code)).sorted()
                .forEach(code -> groups.add(found.get(code)));
        return groups;
    }

    /** For the caller's own reading: another society's application is reported missing. */
    @Transactional(readOnly = true)
    public GrantView find(UUID id, CurrentUser user) {
        GrantApplication application = applications.findById(id)
                .filter(a -> user.maySee(a.getSocietyId()))
                .orElseThrow(() -> DomainException.notFound("Application", id));
        return view(application);
    }

    /** For neighbours, which do their own checks. */
    @Transactional(readOnly = true)
    public GrantView view(UUID id) {
        return view(get(id));
    }

    private KnownSociety eligible(UUID society) {
        KnownSociety known = societies.findById(society).orElseThrow(() -> DomainException.conflict(
                "Cannot apply: funding-service has no record of society " + society
                        + " from the register yet; try again shortly."));
        if (!known.isActive()) {
            throw DomainException.conflict("Cannot apply: " + known.getName() + " is " + known.getStatus()
                    + " in the register; only active societies may apply.");
        }
        applications.firstOverdueReport(society, AssociationTime.today(clock)).ifPresent(overdue -> {
            throw DomainException.conflict("Cannot apply: the final report on '" + overdue.getTitle() + "' was due on "
                    + overdue.getReportDueOn() + " and is overdue; file it before applying again.");
        });
        return known;
    }

    private GrantApplication.Checked check(ApplicationForm form) {
        CallView call = calls.get(form.callId());
        SubItem subItem = catalogue.subItem(form.subItem())
                .filter(SubItem::active)
                .orElseThrow(() -> DomainException.invalid("subItem", "'" + form.subItem()
                        + "' is not an active sub-item of the catalogue"));
        if (!call.funds(subItem.categoryCode())) {
            throw DomainException.invalid("subItem", "belongs to " + subItem.categoryName()
                    + ", which the call does not fund");
        }
        if (form.plannedEnd().isBefore(form.plannedStart())) {
            throw DomainException.invalid("plannedEnd", "must not be before plannedStart");
        }
        if (form.requestedAmount().compareTo(call.maxPerGrant()) > 0) {
            throw DomainException.invalid("requestedAmount", "exceeds the call's maximum of " + call.maxPerGrant());
        }
        BigDecimal lines = form.budgetLines().stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!form.budgetLines().isEmpty() && form.requestedAmount().compareTo(lines) > 0) {
            throw DomainException.invalid("requestedAmount", "exceeds the budget lines' total of " + lines.setScale(2));
        }
        return new GrantApplication.Checked(form, call.year(), subItem.categoryCode());
    }

    /** Loads an application the caller may change: another society's is 403, a missing one 404. */
    private GrantApplication writable(UUID id, CurrentUser user) {
        GrantApplication application = get(id);
        user.requireWritable(application.getSocietyId());
        return application;
    }

    private GrantApplication get(UUID id) {
        return applications.findById(id).orElseThrow(() -> DomainException.notFound("Application", id));
    }

    private static final String FINAL_REPORT = "GRANT_REPORT";

    private static String finalReportDeadline(UUID grant) {
        return "grant-report:" + grant;
    }

    private DeadlineScheduled finalReportDue(GrantView grant) {
        return DeadlineScheduled.byEndOf(grant.reportDueOn(), finalReportDeadline(grant.id()), FINAL_REPORT,
                DeadlineAudience.society(grant.societyId()),
                grant.societyName() + "「" + grant.title() + "」资助项目结项报告",
                "/api/funding/applications/" + grant.id() + "/final-report", clock);
    }

    private GrantView change(GrantApplication application, String action, Consumer<GrantApplication> step) {
        GrantView before = view(application);
        step.accept(application);
        GrantView after = view(applications.save(application));
        audit.record(application.getId().toString(), application.getSocietyId(), action, before, after);
        return after;
    }

    GrantView view(GrantApplication application) {
        SubItem subItem = catalogue.subItem(application.getSubItemCode()).orElseThrow();
        return GrantView.of(application, subItem.categoryName(), subItem.name());
    }
}
