package org.citycast.society.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.citycast.society.evaluation.SocietyGrades;
import org.citycast.society.functiontransfer.FunctionTransferService;
import org.citycast.society.inspection.InspectionQueries;
import org.citycast.society.platform.AssociationTime;
import org.citycast.society.platform.DomainException;
import org.citycast.society.registration.PartyOrganisationForm;
import org.citycast.society.registration.SocietyRegister;
import org.citycast.society.registration.SocietyState;
import org.citycast.society.registration.SocietyStatus;
import org.citycast.society.term.TermService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's figures. The register's counts are the register as it stood at the end of 31
 * December of the year (Asia/Shanghai), from its history, so a past year's figures stay put
 * whatever happens to the register later; for the current year they are the register as of now.
 * The rest count what happened within the year.
 */
@Service
class YearFiguresReport {

    /** States that are applications, not yet societies. */
    private static final Set<SocietyStatus> APPLICATIONS = Set.of(SocietyStatus.DRAFT, SocietyStatus.SUBMITTED,
            SocietyStatus.PRE_APPROVED);

    private final SocietyRegister register;
    private final InspectionQueries inspections;
    private final TermService terms;
    private final SocietyGrades grades;
    private final FunctionTransferService functionTransfers;
    private final Clock clock;

    YearFiguresReport(SocietyRegister register, InspectionQueries inspections, TermService terms, SocietyGrades grades,
            FunctionTransferService functionTransfers, Clock clock) {
        this.register = register;
        this.inspections = inspections;
        this.terms = terms;
        this.grades = grades;
        this.functionTransfers = functionTransfers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    YearFigures of(Integer year) {
        LocalDate today = AssociationTime.today(clock);
        int y = year != null ? year : today.getYear();
        if (y > today.getYear()) {
            throw DomainException.invalid("year", "must not be in the future; a year's figures exist once it has begun");
        }
        Instant start = LocalDate.of(y, 1, 1).atStartOfDay(AssociationTime.ZONE).toInstant();
        Instant end = LocalDate.of(y + 1, 1, 1).atStartOfDay(AssociationTime.ZONE).toInstant();
        Instant asOf = end.isAfter(clock.instant()) ? clock.instant() : end.minusNanos(1000);

        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byTier = new TreeMap<>();
        long societies = 0;
        long active = 0;
        long covered = 0;
        for (SocietyState state : register.asOf(asOf)) {
            byStatus.merge(state.status().name(), 1L, Long::sum);
            if (!APPLICATIONS.contains(state.status())) {
                societies++;
            }
            if (state.status() == SocietyStatus.ACTIVE) {
                active++;
                byTier.merge(state.healthTier().name(), 1L, Long::sum);
                covered += state.partyOrganisation() != PartyOrganisationForm.NONE ? 1 : 0;
            }
        }
        BigDecimal percent = active == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(covered * 100).divide(BigDecimal.valueOf(active), 1, RoundingMode.HALF_UP);
        long activeAtStart = register.asOf(start.minusNanos(1000)).stream()
                .filter(state -> state.status() == SocietyStatus.ACTIVE).count();
        Map<String, Long> moves = register.movesBetween(start, end);
        return new YearFigures(y, asOf, societies, activeAtStart, byStatus, byTier, moves.getOrDefault("JOINING→ACTIVE", 0L),
                moves.getOrDefault("PRE_APPROVED→ACTIVE", 0L), new YearFigures.PartyCoverage(covered, active, percent),
                inspections.resultsOf(y), terms.renewalsIn(y), moves.getOrDefault("ACTIVE→DISQUALIFIED", 0L),
                moves.getOrDefault("DEREGISTERING→DEREGISTERED", 0L), grades.countsFor(y, asOf),
                functionTransfers.countsFor(y));
    }
}
