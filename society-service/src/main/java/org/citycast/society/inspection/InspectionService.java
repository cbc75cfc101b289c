package org.citycast.society.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.citycast.society.platform.AssociationTime;
import org.citycast.society.audit.AuditTrail;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.citycast.society.registration.RegistrationService;
import org.citycast.society.registration.Society;
import org.citycast.society.registration.SocietyStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class InspectionService {


    private final AnnualInspections inspections;
    private final InspectionDeadlines deadlines;
    private final RegistrationService registration;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InspectionService(AnnualInspections inspections, InspectionDeadlines deadlines, RegistrationService registration,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.inspections = inspections;
        this.deadlines = deadlines;
        this.registration = registration;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** How a round opened: inspections created, of which exempt, and societies already in it. */
    public record Round(int year, int opened, int exempt, int alreadyOpen) {
    }

    /**
     * Opens the year's inspection for every active society that has none yet and was registered
     * by the end of that year.
     */
    @Transactional
    public Round openRound(int year) {
        if (year >= today().getYear()) {
            throw DomainException.invalid("year", "must be a finished year; a year is inspected in the next one");
        }
        int opened = 0;
        int exempt = 0;
        int already = 0;
        for (Society society : registration.inStatus(SocietyStatus.ACTIVE)) {
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
            opened++;
            exempt += isExempt ? 1 : 0;
        }
        return new Round(year, opened, exempt, already);
    }

    @Transactional
    public AnnualInspection fileReport(UUID societyId, int year, AnnualReport report, CurrentUser user) {
        user.requireWritable(societyId);
        return change(societyId, year, "INSPECTION_REPORT_FILED",
                inspection -> inspection.file(report, today(), deadlines.reportDueFor(inspection), clock.instant()));
    }

    @Transactional
    public AnnualInspection preReview(UUID societyId, int year, boolean passed, String comments) {
        return change(societyId, year, passed ? "INSPECTION_PRE_REVIEW_PASSED" : "INSPECTION_REPORT_RETURNED",
                inspection -> inspection.preReview(passed, comments, clock.instant()));
    }

    @Transactional
    public AnnualInspection forward(UUID societyId, int year) {
        AnnualInspection inspection = change(societyId, year, "INSPECTION_FORWARDED",
                step -> step.forward(clock.instant()));
        Society society = registration.get(societyId);
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
                registration.get(societyId).getName(), year, saved.getStatus(), outcome));
        return saved;
    }

    /** Marks as missed every inspection whose report deadline passed without a report; returns how many. */
    @Transactional
    public int recordMissedDeadlines() {
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
                    saved.getSocietyId(), registration.get(saved.getSocietyId()).getName(), saved.getYear(),
                    InspectionStatus.MISSED, null));
            missed++;
        }
        return missed;
    }

    /** One society's inspection of one year, if its round was opened. */
    @Transactional(readOnly = true)
    public Optional<AnnualInspection> inspectionOf(UUID societyId, int year) {
        return inspections.findBySocietyIdAndYear(societyId, year);
    }

    /** The years whose inspection the society missed, oldest first. */
    @Transactional(readOnly = true)
    public List<Integer> missedYears(UUID societyId) {
        return inspections.findBySocietyIdOrderByYearDesc(societyId).stream()
                .filter(inspection -> inspection.getStatus() == InspectionStatus.MISSED)
                .map(AnnualInspection::getYear)
                .sorted()
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AnnualInspection> ofSociety(UUID societyId, CurrentUser user) {
        registration.find(societyId, user);
        return inspections.findBySocietyIdOrderByYearDesc(societyId);
    }

    InspectionDeadlines deadlines() {
        return deadlines;
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
