package org.citycast.society.term;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.citycast.society.platform.AssociationTime;
import org.citycast.society.audit.AuditTrail;
import org.citycast.society.deadline.DeadlineCancelled;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.citycast.society.registration.Leader;
import org.citycast.society.registration.RegistrationService;
import org.citycast.society.registration.Society;
import org.citycast.society.registration.SocietyRegister;
import org.citycast.society.registration.SocietyStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TermService {


    private final Terms terms;
    private final RegistrationService registration;
    private final SocietyRegister register;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    TermService(Terms terms, RegistrationService registration, SocietyRegister register, AuditTrail audit,
            ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.terms = terms;
        this.registration = registration;
        this.register = register;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A row of the overdue or due-soon lists. */
    record TermDue(UUID societyId, String societyName, int termNumber, LocalDate endsOn, LocalDate effectiveEnd,
            long daysOverdue, LocalDate planDueOn, LocalDate planSubmittedOn, PostponementStatus postponementStatus) {
    }

    /**
     * Records the term in office, e.g. for a society whose history predates the platform or that
     * was just registered, with the leaders its election seated, if given.
     */
    @Transactional
    public Term recordCurrent(UUID societyId, LocalDate startedOn, List<Leader> leaders, CurrentUser user) {
        user.requireWritable(societyId);
        Society society = activeSociety(societyId);
        if (terms.findBySocietyIdAndStatus(societyId, TermStatus.CURRENT).isPresent()) {
            throw DomainException.conflict("The society already has a current term; a new one starts with an election result.");
        }
        if (startedOn.isAfter(today())) {
            throw DomainException.invalid("startedOn", "must not be in the future");
        }
        int number = terms.findBySocietyIdOrderByNumberDesc(societyId).stream().findFirst()
                .map(last -> last.getNumber() + 1).orElse(1);
        Term term = terms.save(Term.begin(societyId, number, startedOn, society.getTermYears()));
        audit.record(societyId, "TERM_RECORDED", null, TermView.of(term));
        announce(term, society.getName());
        if (leaders != null && !leaders.isEmpty()) {
            registration.seatLeaders(societyId, leaders);
        }
        return term;
    }

    @Transactional
    public Term submitPlan(UUID societyId, LocalDate plannedElectionOn, String notes, CurrentUser user) {
        user.requireWritable(societyId);
        activeSociety(societyId);
        Term term = change(societyId, "TERM_PLAN_SUBMITTED", current -> current.submitPlan(plannedElectionOn, notes, today()));
        events.publishEvent(TermDeadlines.planMet(term, clock));
        return term;
    }

    @Transactional
    public Term requestPostponement(UUID societyId, LocalDate until, String reason, CurrentUser user) {
        user.requireWritable(societyId);
        activeSociety(societyId);
        return change(societyId, "TERM_POSTPONEMENT_REQUESTED", term -> term.requestPostponement(until, reason));
    }

    @Transactional
    public Term decidePostponement(UUID societyId, boolean approved, String comment) {
        Term term = change(societyId, approved ? "TERM_POSTPONEMENT_APPROVED" : "TERM_POSTPONEMENT_REJECTED",
                current -> current.decidePostponement(approved, comment));
        if (approved) {
            events.publishEvent(TermDeadlines.election(term, register.get(societyId).getName(), clock));
        }
        return term;
    }

    /** The re-election result: closes the current term, starts the next, and seats the new leaders. */
    @Transactional
    public Term recordResult(UUID societyId, LocalDate electedOn, List<Leader> leaders, CurrentUser user) {
        user.requireWritable(societyId);
        Society society = activeSociety(societyId);
        if (electedOn.isAfter(today())) {
            throw DomainException.invalid("electedOn", "must not be in the future");
        }
        Term previous = current(societyId);
        TermView before = TermView.of(previous);
        previous.renew(electedOn);
        terms.save(previous);
        audit.record(societyId, "TERM_RENEWED", before, TermView.of(previous));
        Term next = terms.save(Term.begin(societyId, previous.getNumber() + 1, electedOn, society.getTermYears()));
        audit.record(societyId, "TERM_BEGUN", null, TermView.of(next));
        registration.seatLeaders(societyId, leaders);
        events.publishEvent(TermDeadlines.electionMet(previous, clock));
        if (previous.getPlanSubmittedOn() == null) {
            events.publishEvent(TermDeadlines.planMoot(previous, clock));
        }
        announce(next, society.getName());
        events.publishEvent(new TermRenewed(UUID.randomUUID(), clock.instant(), societyId, society.getName(),
                previous.getNumber(), previous.getEndsOn(), next.getNumber(), next.getStartedOn(), next.getEndsOn(),
                electedOn, List.copyOf(leaders)));
        return next;
    }

    /** The society left the register: its current term's plan and election are no longer due. */
    @Transactional
    public void cancelDeadlines(UUID societyId, String reason) {
        terms.findBySocietyIdAndStatus(societyId, TermStatus.CURRENT).ifPresent(term -> {
            if (term.getPlanSubmittedOn() == null) {
                events.publishEvent(DeadlineCancelled.now(TermDeadlines.planId(term), TermDeadlines.PLAN, reason, clock));
            }
            events.publishEvent(DeadlineCancelled.now(TermDeadlines.electionId(term), TermDeadlines.ELECTION, reason,
                    clock));
        });
    }

    /** The term's plan and election deadlines, for the reminders. */
    private void announce(Term term, String societyName) {
        events.publishEvent(TermDeadlines.plan(term, societyName, clock));
        events.publishEvent(TermDeadlines.election(term, societyName, clock));
    }

    @Transactional(readOnly = true)
    public List<Term> terms(UUID societyId, CurrentUser user) {
        register.find(societyId, user);
        return terms.findBySocietyIdOrderByNumberDesc(societyId);
    }

    /** Current terms past their effective end, most overdue first. */
    @Transactional(readOnly = true)
    public Page<TermDue> overdue(Pageable page) {
        return due("COALESCE(t.postponed_until, t.ends_on) < :today", Period.ZERO, page);
    }

    /** Current terms ending within {@code within} whose re-election plan is still missing. */
    @Transactional(readOnly = true)
    public Page<TermDue> dueWithin(Period within, Pageable page) {
        if (within.isNegative() || within.isZero() || within.toTotalMonths() > 60) {
            throw DomainException.invalid("within", "must be a period from one day to five years, e.g. P6M");
        }
        return due("COALESCE(t.postponed_until, t.ends_on) >= :today "
                + "AND COALESCE(t.postponed_until, t.ends_on) <= :horizon AND t.plan_submitted_on IS NULL", within, page);
    }

    /** Re-elections held in a calendar year. */
    @Transactional(readOnly = true)
    public long renewalsIn(int year) {
        return jdbc.sql("SELECT count(*) FROM term WHERE status = 'RENEWED' AND renewed_on BETWEEN ? AND ?")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).query(Long.class).single();
    }

    /**
     * Current terms of active societies meeting {@code condition}, by effective end then name. The
     * active societies and their names come from the register's read API; a society has at most
     * one current term, so the list is as long as the register at most and is paged in memory.
     */
    private Page<TermDue> due(String condition, Period within, Pageable page) {
        LocalDate today = today();
        Map<UUID, String> active = new HashMap<>();
        register.inStatus(SocietyStatus.ACTIVE).forEach(society -> active.put(society.getId(), society.getName()));
        List<TermDue> rows = jdbc.sql("SELECT t.* FROM term t WHERE t.status = 'CURRENT' AND " + condition)
                .param("today", today).param("horizon", today.plus(within))
                .query((rs, n) -> {
                    LocalDate end = rs.getObject("ends_on", LocalDate.class);
                    LocalDate postponed = rs.getObject("postponed_until", LocalDate.class);
                    LocalDate effective = TermRules.effectiveEnd(end, postponed);
                    String postponement = rs.getString("postponement_status");
                    UUID society = rs.getObject("society_id", UUID.class);
                    return new TermDue(society, active.get(society), rs.getInt("number"), end, effective,
                            TermRules.daysOverdue(effective, today), rs.getObject("plan_due_on", LocalDate.class),
                            rs.getObject("plan_submitted_on", LocalDate.class),
                            postponement == null ? null : PostponementStatus.valueOf(postponement));
                })
                .list().stream()
                .filter(row -> row.societyName() != null)
                .sorted(Comparator.comparing(TermDue::effectiveEnd).thenComparing(TermDue::societyName))
                .toList();
        int from = (int) Math.min(page.getOffset(), rows.size());
        int to = Math.min(from + page.getPageSize(), rows.size());
        return new PageImpl<>(rows.subList(from, to), page, rows.size());
    }

    private Term change(UUID societyId, String action, Consumer<Term> step) {
        Term term = current(societyId);
        TermView before = TermView.of(term);
        step.accept(term);
        Term saved = terms.save(term);
        audit.record(societyId, action, before, TermView.of(saved));
        return saved;
    }

    private Term current(UUID societyId) {
        return terms.findBySocietyIdAndStatus(societyId, TermStatus.CURRENT)
                .orElseThrow(() -> DomainException.conflict("The society has no current term on record."));
    }

    private Society activeSociety(UUID societyId) {
        Society society = register.get(societyId);
        if (society.getStatus() != SocietyStatus.ACTIVE) {
            throw DomainException.conflict("Terms are kept for active societies; this one is " + society.getStatus() + ".");
        }
        return society;
    }

    private LocalDate today() {
        return AssociationTime.today(clock);
    }
}
