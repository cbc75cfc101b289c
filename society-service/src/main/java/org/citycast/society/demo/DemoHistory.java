package org.citycast.society.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycast.society.inspection.AnnualReport;
import org.citycast.society.inspection.InspectionOutcome;
import org.citycast.society.inspection.InspectionService;
import org.citycast.society.platform.AssociationTime;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.registration.HealthTier;
import org.citycast.society.registration.Leader;
import org.citycast.society.registration.SocietyRegister;
import org.citycast.society.standing.StandingService;
import org.citycast.society.term.TermService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo register's past: terms of office (some overdue, some ending soon without a plan, a
 * few renewed this year) through the term service, and the last two years of annual inspection
 * through the inspection service, as the association's old records are entered, so their audit
 * entries and events are the real ones. One dormant society that also missed both inspections is
 * due for disqualification.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo-data.enabled")
class DemoHistory {

    private final TermService terms;
    private final SocietyRegister register;
    private final InspectionService inspections;
    private final StandingService standing;
    private final Clock clock;

    DemoHistory(TermService terms, SocietyRegister register, InspectionService inspections, StandingService standing,
            Clock clock) {
        this.terms = terms;
        this.register = register;
        this.inspections = inspections;
        this.standing = standing;
        this.clock = clock;
    }

    void load(List<UUID> societies) {
        LocalDate today = AssociationTime.today(clock);
        int thisYear = today.getYear();
        for (int i = 0; i < societies.size(); i++) {
            UUID society = societies.get(i);
            boolean dormant = register.get(society).getHealthTier() == HealthTier.DORMANT;
            terms.recordCurrent(society, termStart(i, today), null, CurrentUser.SYSTEM);
            if (i % 9 == 3) {
                terms.recordResult(society, today.minusDays(10 + i % 50),
                        List.of(new Leader("理事长", "王建国", "济宁学院"), new Leader("秘书长", "李红", null)),
                        CurrentUser.SYSTEM);
            }
            for (int year = thisYear - 2; year < thisYear; year++) {
                boolean missed = dormant || (i % 11 == 5 && year == thisYear - 1);
                inspections.recordPastYear(society, year, missed ? null : report(year, i),
                        missed ? null : outcome(i));
            }
        }
        standing.evaluate();
    }

    /** Most terms started two to four years ago; every seventh is overdue, every eighth ends within six months. */
    private static LocalDate termStart(int i, LocalDate today) {
        if (i % 7 == 2) {
            return today.minusYears(5).minusMonths(2 + i % 5);
        }
        if (i % 8 == 4) {
            return today.minusYears(5).plusMonths(2 + i % 3);
        }
        return today.minusYears(2 + i % 3).minusMonths(i % 12);
    }

    private static AnnualReport report(int year, int i) {
        return new AnnualReport(year + "年度举办学术活动" + (3 + i % 6) + "次", 3 + i % 6, 80 + i * 13, i % 20,
                new BigDecimal(20000 + i * 1500 + ".00"), new BigDecimal(18000 + i * 1400 + ".50"),
                new BigDecimal(50000 + i * 3000 + ".00"));
    }

    private static InspectionOutcome outcome(int i) {
        return i % 13 == 7 ? InspectionOutcome.UNQUALIFIED : i % 5 == 1 ? InspectionOutcome.BASICALLY_QUALIFIED
                : InspectionOutcome.QUALIFIED;
    }
}
