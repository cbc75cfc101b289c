package org.citycast.society.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.citycast.society.audit.AuditTrail;
import org.citycast.society.deadline.DeadlineCancelled;
import org.citycast.society.deadline.DeadlineMet;
import org.citycast.society.platform.AssociationTime;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.citycast.society.registration.Society;
import org.citycast.society.registration.SocietyRegister;
import org.citycast.society.registration.SocietyStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class InspectionService {

    private final AnnualInspections inspections;
    private final InspectionRounds rounds;
    private final InspectionCalendar deadlines;
    private final SocietyRegister register;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InspectionService(AnnualInspections inspections, InspectionRounds rounds, InspectionCalendar deadlines,
            SocietyRegister register, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.inspections = inspections;
        this.rounds = rounds;
        this.deadlines = deadlines;
        this.register = register;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** How a round opened: inspections created, of which exempt, and societies already in it. */
    public record Round(int year, int opened, int exempt, int alreadyOpen) {
    }

    /** What the nightly deadline check found: reports missed, and filed reports not forwarded in time. */
    public record DeadlineCheck(int marked, int forwardingLate) {
    }

    /** How one society's year ended, or stands: its status and, once completed, civil affairs' outcome. */
    public record YearResult(int year, InspectionStatus status, InspectionOutcome outcome) {
    }

    /** One society's year as the standing rules read it. */
    public record InspectedYear(int year, InspectionStatus status) {
        public boolean missed() {
            return status == InspectionStatus.MISSED;
        }
    }

    /**
     * Opens the year's inspection for every active society that has none yet and was registered
     * by the end of that year. ADMIN's call, for corrections; the nightly job opens each round by
     * itself ({@link #openDueRound()}).
     */
    @Transactional
    public Round openRound(int year) {
        if (!deadlines.mayOpen(year, today())) {
            throw DomainException.invalid("year", "must be a finished year, or one whose round ADMIN scheduled to open by"
                    + " today; a year is inspected in the next one");
        }
        int opened = 0;
        int exempt = 0;
        int already = 0;
        for (Society society : register.inStatus(SocietyStatus.ACTIVE)) {
            if (inspections.existsBySocietyIdAndYear(society.getId(), year)) {
                already++;
                continue;
            }
            LocalDate registeredOn = society.getRegisteredOn() != null ? society.getRegisteredOn() : society.getJoinedOn();
            if (registeredOn != null && registeredOn.getYear() > year) {
                continue;
            }
            boolean isExempt = deadlines.exempt(year, registeredOn);
            AnnualInspection inspection = inspections.save(AnnualInspection.open(society.getId(), year, isExempt));
            audit.record(society.getId(), isExempt ? "INSPECTION_EXEMPTED" : "INSPECTION_OPENED", null,
                    InspectionView.of(inspection, deadlines));
            if (!isExempt) {
                announceReportDue(inspection, society.getName());
            }
            opened++;
            exempt += isExempt ? 1 : 0;
        }
        rounds.recordOpened(year, CurrentUser.get().username(), clock.instant());
        return new Round(year, opened, exempt, already);
    }

    /**
     * Opens last year's round once this year's opening day ({@code platform.inspection.round-opens-on},
     * 1 January unless configured or scheduled otherwise) has come, and any round ADMIN scheduled to
     * open by today, unless open already; empty when there was nothing to open.
     */
    @Transactional
    public List<Round> openDueRounds() {
        return deadlines.roundsDueBy(today()).stream().filter(year -> !rounds.opened(year)).map(this::openRound)
                .toList();
    }

    /** A year's dates as they stand: the configured defaults or what ADMIN set. */
    @Transactional(readOnly = true)
    public RoundSchedule scheduleOf(int year) {
        return RoundSchedule.of(deadlines.of(year));
    }

    /**
     * ADMIN sets a year's dates (the association's yearly notice: an early opening for the annual
     * summary, an extended report deadline). Every society still owing that year's report, or
     * waiting for its report to be forwarded, is told the new deadline at once.
     */
    @Transactional
    public RoundSchedule schedule(int year, LocalDate opensOn, LocalDate reportDue, LocalDate forwardDue,
            String reason) {
        InspectionCalendar.YearSchedule current = deadlines.of(year);
        LocalDate opens = opensOn != null ? opensOn : current.opensOn();
        LocalDate forward = forwardDue != null ? forwardDue : current.forwardDue();
        if (opens.getYear() < year) {
            throw DomainException.invalid("opensOn", "must lie in " + year + " or later: a round cannot open before its year");
        }
        if (reportDue.isBefore(opens)) {
            throw DomainException.invalid("reportDue", "must not be before the round opens (" + opens + ")");
        }
        if (forward.isBefore(reportDue)) {
            throw DomainException.invalid("forwardDue", "must not be before the report is due (" + reportDue + ")");
        }
        if (reportDue.isBefore(today())) {
            throw DomainException.invalid("reportDue", "must not be in the past: every society still owing the report"
                    + " would be recorded as missed the next night");
        }
        if (rounds.opened(year) && opens.isAfter(current.opensOn()) && opens.isAfter(today())) {
            throw DomainException.conflict("The " + year + " round is open already; it cannot open later again.");
        }
        InspectionCalendar.YearSchedule set = new InspectionCalendar.YearSchedule(year, opens, reportDue, forward,
                true, reason);
        deadlines.set(set, CurrentUser.get().username(), clock.instant());
        for (AnnualInspection inspection : inspections.findByYear(year)) {
            String name = register.get(inspection.getSocietyId()).getName();
            if (inspection.getStatus() == InspectionStatus.PENDING) {
                announceReportDue(inspection, name);
            } else if (inspection.getStatus() == InspectionStatus.REPORT_FILED
                    || inspection.getStatus() == InspectionStatus.PRE_REVIEWED) {
                announceForwardingDue(inspection, name);
            }
        }
        return RoundSchedule.of(set);
    }

    /**
     * A year of the association's records from before the platform, entered as it ended: with
     * the report and civil affairs' outcome, or missed when {@code report} is null. Audited and
     * announced like a year that ends on the platform.
     */
    @Transactional
    public AnnualInspection recordPastYear(UUID societyId, int year, AnnualReport report, InspectionOutcome outcome) {
        if (year >= today().getYear()) {
            throw DomainException.invalid("year", "must be a finished year");
        }
        if ((report == null) != (outcome == null)) {
            throw DomainException.invalid("outcome", "goes with a report; a missed year has neither");
        }
        if (inspections.existsBySocietyIdAndYear(societyId, year)) {
            throw DomainException.conflict("The " + year + " inspection of society " + societyId + " is on record already.");
        }
        Society society = register.get(societyId);
        AnnualInspection saved = inspections.save(AnnualInspection.past(societyId, year, report, outcome,
                clock.instant()));
        audit.record(societyId, report == null ? "INSPECTION_MISSED" : "INSPECTION_COMPLETED", null,
                InspectionView.of(saved, deadlines));
        events.publishEvent(new AnnualInspectionCompleted(UUID.randomUUID(), clock.instant(), societyId,
                society.getName(), year, saved.getStatus(), outcome));
        return saved;
    }

    @Transactional
    public AnnualInspection fileReport(UUID societyId, int year, AnnualReport report, CurrentUser user) {
        user.requireWritable(societyId);
        if (register.get(societyId).isClosed()) {
            throw DomainException.conflict("The society's record is closed; it files no more reports.");
        }
        AnnualInspection filed = change(societyId, year, "INSPECTION_REPORT_FILED",
                inspection -> inspection.file(report, today(), deadlines.reportDueFor(inspection), clock.instant()));
        events.publishEvent(DeadlineMet.now(AnnualReportDeadlines.reportId(filed), AnnualReportDeadlines.REPORT,
                clock));
        announceForwardingDue(filed, register.get(societyId).getName());
        return filed;
    }

    /** A returned report is due again from the society, and no longer waits to be forwarded. */
    @Transactional
    public AnnualInspection preReview(UUID societyId, int year, boolean passed, String comments) {
        AnnualInspection reviewed = change(societyId, year,
                passed ? "INSPECTION_PRE_REVIEW_PASSED" : "INSPECTION_REPORT_RETURNED",
                inspection -> inspection.preReview(passed, comments, clock.instant()));
        if (!passed) {
            events.publishEvent(DeadlineCancelled.now(AnnualReportDeadlines.forwardingId(reviewed),
                    AnnualReportDeadlines.FORWARDING, "年检报告已退回学会修改", clock));
            announceReportDue(reviewed, register.get(societyId).getName());
        }
        return reviewed;
    }

    @Transactional
    public AnnualInspection forward(UUID societyId, int year) {
        AnnualInspection inspection = change(societyId, year, "INSPECTION_FORWARDED",
                step -> step.forward(clock.instant()));
        Society society = register.get(societyId);
        events.publishEvent(DeadlineMet.now(AnnualReportDeadlines.forwardingId(inspection),
                AnnualReportDeadlines.FORWARDING, clock));
        events.publishEvent(new AnnualInspectionForwarded(UUID.randomUUID(), clock.instant(), societyId,
                society.getName(), society.getCreditCode(), year, inspection.report()));
        return inspection;
    }

    /** Civil affairs' outcome. A repeat of the same outcome is accepted and changes nothing. */
    @Transactional
    public AnnualInspection recordOutcome(UUID societyId, int year, InspectionOutcome outcome) {
        AnnualInspection inspection = find(societyId, year);
        InspectionView before = InspectionView.of(inspection, deadlines);
        if (!inspection.complete(outcome, clock.instant())) {
            return inspection;
        }
        AnnualInspection saved = inspections.save(inspection);
        audit.record(societyId, "INSPECTION_COMPLETED", before, InspectionView.of(saved, deadlines));
        events.publishEvent(new AnnualInspectionCompleted(UUID.randomUUID(), clock.instant(), societyId,
                register.get(societyId).getName(), year, saved.getStatus(), outcome));
        return saved;
    }

    /**
     * The nightly check: marks as missed every inspection whose report deadline passed without a
     * report, and records as late every report the association still holds (filed or
     * pre-reviewed) after the forwarding deadline, so ADMIN sees it listed.
     */
    @Transactional
    public DeadlineCheck checkDeadlines() {
        LocalDate today = today();
        int missed = 0;
        for (AnnualInspection inspection : inspections.findByStatus(InspectionStatus.PENDING)) {
            if (!inspection.missedBy(today, deadlines.reportDueFor(inspection))) {
                continue;
            }
            InspectionView before = InspectionView.of(inspection, deadlines);
            inspection.markMissed(clock.instant());
            AnnualInspection saved = inspections.save(inspection);
            audit.record(saved.getSocietyId(), "INSPECTION_MISSED", before, InspectionView.of(saved, deadlines));
            events.publishEvent(new AnnualInspectionCompleted(UUID.randomUUID(), clock.instant(),
                    saved.getSocietyId(), register.get(saved.getSocietyId()).getName(), saved.getYear(),
                    InspectionStatus.MISSED, null));
            missed++;
        }
        int late = 0;
        for (InspectionStatus held : List.of(InspectionStatus.REPORT_FILED, InspectionStatus.PRE_REVIEWED)) {
            for (AnnualInspection inspection : inspections.findByStatus(held)) {
                if (!inspection.forwardingLateBy(today, deadlines.forwardDueFor(inspection.getYear()))) {
                    continue;
                }
                InspectionView before = InspectionView.of(inspection, deadlines);
                inspection.markForwardingLate(today);
                AnnualInspection saved = inspections.save(inspection);
                audit.record(saved.getSocietyId(), "INSPECTION_FORWARDING_LATE", before,
                        InspectionView.of(saved, deadlines));
                late++;
            }
        }
        return new DeadlineCheck(missed, late);
    }

    /** The society left the register: the reports it still owed are no longer due. */
    @Transactional
    public void cancelReportDeadlines(UUID societyId, String reason) {
        for (AnnualInspection inspection : inspections.findBySocietyIdOrderByYearDesc(societyId)) {
            if (inspection.getStatus() == InspectionStatus.PENDING) {
                events.publishEvent(DeadlineCancelled.now(AnnualReportDeadlines.reportId(inspection),
                        AnnualReportDeadlines.REPORT, reason, clock));
            }
        }
    }

    /** One society's inspection of one year, if its round was opened. */
    @Transactional(readOnly = true)
    public Optional<AnnualInspection> inspectionOf(UUID societyId, int year) {
        return inspections.findBySocietyIdAndYear(societyId, year);
    }

    /** The years whose inspection the society missed, oldest first. */
    @Transactional(readOnly = true)
    public List<Integer> missedYears(UUID societyId) {
        return inspectedYears(societyId).stream().filter(InspectedYear::missed).map(InspectedYear::year).sorted()
                .toList();
    }

    /** The society's inspected years, newest first, leaving out the years it was exempt. */
    @Transactional(readOnly = true)
    public List<InspectedYear> inspectedYears(UUID societyId) {
        return inspections.findBySocietyIdOrderByYearDesc(societyId).stream()
                .filter(inspection -> inspection.getStatus() != InspectionStatus.EXEMPT)
                .map(inspection -> new InspectedYear(inspection.getYear(), inspection.getStatus()))
                .toList();
    }

    /** Every year of the society's inspections with its status and outcome, newest first, exempt years included. */
    @Transactional(readOnly = true)
    public List<YearResult> results(UUID societyId) {
        return inspections.findBySocietyIdOrderByYearDesc(societyId).stream()
                .map(inspection -> new YearResult(inspection.getYear(), inspection.getStatus(), inspection.getOutcome()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AnnualInspection> ofSociety(UUID societyId, CurrentUser user) {
        register.find(societyId, user);
        return inspections.findBySocietyIdOrderByYearDesc(societyId);
    }

    InspectionCalendar deadlines() {
        return deadlines;
    }

    private void announceReportDue(AnnualInspection inspection, String societyName) {
        events.publishEvent(AnnualReportDeadlines.report(inspection, societyName, deadlines.reportDueFor(inspection),
                clock));
    }

    private void announceForwardingDue(AnnualInspection inspection, String societyName) {
        events.publishEvent(AnnualReportDeadlines.forwarding(inspection, societyName,
                deadlines.forwardDueFor(inspection.getYear()), clock));
    }

    private AnnualInspection change(UUID societyId, int year, String action, Consumer<AnnualInspection> step) {
        AnnualInspection inspection = find(societyId, year);
        InspectionView before = InspectionView.of(inspection, deadlines);
        step.accept(inspection);
        AnnualInspection saved = inspections.save(inspection);
        audit.record(societyId, action, before, InspectionView.of(saved, deadlines));
        return saved;
    }

    private AnnualInspection find(UUID societyId, int year) {
        return inspections.findBySocietyIdAndYear(societyId, year)
                .orElseThrow(() -> DomainException.notFound("Inspection of " + year + " for society", societyId));
    }

    private LocalDate today() {
        return AssociationTime.today(clock);
    }
}
