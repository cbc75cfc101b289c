package org.citycast.society.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycast.society.evaluation.GradeLevel;
import org.citycast.society.evaluation.GradeService;
import org.citycast.society.functiontransfer.FunctionTransferService;
import org.citycast.society.functiontransfer.FunctionTransferService.Milestone;
import org.citycast.society.functiontransfer.ProjectKind;
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
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The demo register's past: terms of office (some overdue, some ending soon without a plan, a
 * few renewed this year) through the term service, and the last two years of annual inspection
 * through the inspection service, as the association's old records are entered, so their audit
 * entries and events are the real ones. One dormant society that also missed both inspections is
 * due for disqualification. A few societies hold evaluation grades from the association's records,
 * and secretary1's society carries out one function transferred from the health commission.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo-data.enabled")
class DemoHistory {

    private final TermService terms;
    private final SocietyRegister register;
    private final InspectionService inspections;
    private final StandingService standing;
    private final GradeService grades;
    private final FunctionTransferService functionTransfers;
    private final Clock clock;
    /**
     * The other services load their demo data at the same time and their events reach this service's
     * consumers while the history is written (an event held updates its society's activity): a step
     * that lost such a race to a society's version is tried again, as a person would.
     */
    private final RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
            .includes(OptimisticLockingFailureException.class).maxRetries(5).delay(Duration.ofMillis(100)).build());

    DemoHistory(TermService terms, SocietyRegister register, InspectionService inspections, StandingService standing,
            GradeService grades, FunctionTransferService functionTransfers, Clock clock) {
        this.terms = terms;
        this.register = register;
        this.inspections = inspections;
        this.standing = standing;
        this.grades = grades;
        this.functionTransfers = functionTransfers;
        this.clock = clock;
    }

    void load(List<UUID> societies) {
        LocalDate today = AssociationTime.today(clock);
        int thisYear = today.getYear();
        for (int i = 0; i < societies.size(); i++) {
            UUID society = societies.get(i);
            boolean dormant = register.get(society).getHealthTier() == HealthTier.DORMANT;
            LocalDate termStart = termStart(i, today);
            retry.invoke(() -> terms.recordCurrent(society, termStart, null, CurrentUser.SYSTEM));
            if (i % 9 == 3) {
                LocalDate elected = today.minusDays(10 + i % 50);
                retry.invoke(() -> terms.recordResult(society, elected,
                        List.of(new Leader("理事长", "王建国", "济宁学院"), new Leader("秘书长", "李红", null)),
                        CurrentUser.SYSTEM));
            }
            for (int year = thisYear - 2; year < thisYear; year++) {
                boolean missed = dormant || (i % 11 == 5 && year == thisYear - 1);
                AnnualReport report = missed ? null : report(year, i);
                InspectionOutcome outcome = missed ? null : outcome(i);
                int inspected = year;
                retry.invoke(() -> inspections.recordPastYear(society, inspected, report, outcome));
            }
        }
        retry.invoke(standing::evaluate);
        grade(societies, today);
    }

    /**
     * Grades of earlier years for secretary1's society (4A, three years ago, so it may be graded
     * again) and a few others, then one project for secretary1's society, which the rules allow.
     */
    private void grade(List<UUID> societies, LocalDate today) {
        pastGrade(societies.get(0), GradeLevel.AAAA, "886.5", today.minusYears(3));
        pastGrade(societies.get(2), GradeLevel.AAAAA, "958.0", today.minusYears(1));
        pastGrade(societies.get(3), GradeLevel.AAA, "742.0", today.minusMonths(20));
        pastGrade(societies.get(4), GradeLevel.AA, "655.5", today.minusYears(4));
        pastGrade(societies.get(7), GradeLevel.AAA, "768.0", today.minusMonths(8));
        retry.invoke(() -> functionTransfers.award(new FunctionTransferService.Award(ProjectKind.FUNCTION_TRANSFER,
                "医疗卫生专业技术人员继续医学教育学分审验", "市卫生健康委员会",
                "承接全市继续医学教育项目申报评审与学分审验工作", new BigDecimal("186000.00"), today.minusMonths(2),
                today.plusMonths(10), societies.get(0), List.of(
                        new Milestone("项目申报评审", today.plusMonths(1)),
                        new Milestone("年度学分审验", today.plusMonths(9))))));
    }

    private void pastGrade(UUID society, GradeLevel level, String score, LocalDate awardedOn) {
        retry.invoke(() -> grades.recordPastGrade(society, level, new BigDecimal(score), awardedOn));
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
