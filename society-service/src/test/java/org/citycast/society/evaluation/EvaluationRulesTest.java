package org.citycast.society.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citycast.society.evaluation.EvaluationRules.Basis;
import org.citycast.society.evaluation.EvaluationRules.PastGrade;
import org.citycast.society.evaluation.EvaluationRules.RegisterHistory;
import org.citycast.society.evaluation.EvaluationRules.Thresholds;
import org.citycast.society.inspection.InspectionOutcome;
import org.citycast.society.inspection.InspectionService.YearResult;
import org.citycast.society.inspection.InspectionStatus;
import org.citycast.society.registration.HealthTier;
import org.citycast.society.registration.SocietyStatus;
import org.junit.jupiter.api.Test;

/** Eligibility, exclusions, bands and validity against register histories built by hand. */
class EvaluationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Thresholds DEFAULTS = new Thresholds(2, Period.ofYears(2), Period.ofYears(1),
            Set.of(HealthTier.INCOMPLETE, HealthTier.DORMANT));

    @Test
    void aSocietyRegisteredTwoFullYearsAgoAndNeverGradedMayApplyForItsFirstGrading() {
        var eligibility = EvaluationRules.eligibility(history().registeredOn(LocalDate.of(2024, 6, 15)).build(), TODAY,
                DEFAULTS);
        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.basis()).isEqualTo(Basis.FIRST_GRADING);
    }

    @Test
    void aSocietyRegisteredLessThanTwoFullYearsAgoMayNot() {
        var eligibility = EvaluationRules.eligibility(history().registeredOn(LocalDate.of(2024, 6, 16)).build(), TODAY,
                DEFAULTS);
        assertThat(eligibility.eligible()).isFalse();
        assertThat(codes(eligibility.reasons())).containsExactly("REGISTERED_TOO_RECENTLY");
        assertThat(eligibility.reasons().get(0).message()).contains("from 2026-06-16");
        assertThat(codes(EvaluationRules.eligibility(history().registeredOn(null).build(), TODAY, DEFAULTS).reasons()))
                .containsExactly("REGISTRATION_DATE_UNKNOWN");
    }

    @Test
    void missingLastYearsInspectionExcludes() {
        var history = history().year(2025, InspectionStatus.MISSED, null).year(2024, InspectionStatus.COMPLETED,
                InspectionOutcome.QUALIFIED).build();
        assertThat(codes(EvaluationRules.exclusions(history, TODAY, DEFAULTS))).containsExactly("MISSED_INSPECTION");
        assertThat(EvaluationRules.eligibility(history, TODAY, DEFAULTS).eligible()).isFalse();
    }

    @Test
    void anUnqualifiedLastYearExcludes() {
        var history = history().year(2025, InspectionStatus.COMPLETED, InspectionOutcome.UNQUALIFIED).build();
        assertThat(codes(EvaluationRules.exclusions(history, TODAY, DEFAULTS))).containsExactly("UNQUALIFIED_INSPECTION");
    }

    @Test
    void basicallyQualifiedTwoYearsRunningExcludesButOnceDoesNot() {
        var twice = history().year(2025, InspectionStatus.COMPLETED, InspectionOutcome.BASICALLY_QUALIFIED)
                .year(2024, InspectionStatus.COMPLETED, InspectionOutcome.BASICALLY_QUALIFIED).build();
        assertThat(codes(EvaluationRules.exclusions(twice, TODAY, DEFAULTS))).containsExactly("BASICALLY_QUALIFIED_TWICE");
        var once = history().year(2025, InspectionStatus.COMPLETED, InspectionOutcome.BASICALLY_QUALIFIED)
                .year(2024, InspectionStatus.COMPLETED, InspectionOutcome.QUALIFIED).build();
        assertThat(EvaluationRules.exclusions(once, TODAY, DEFAULTS)).isEmpty();
        var notRunning = history().year(2025, InspectionStatus.COMPLETED, InspectionOutcome.BASICALLY_QUALIFIED)
                .year(2023, InspectionStatus.COMPLETED, InspectionOutcome.BASICALLY_QUALIFIED).build();
        assertThat(EvaluationRules.exclusions(notRunning, TODAY, DEFAULTS)).isEmpty();
    }

    @Test
    void whileLastYearsInspectionIsUnderWayTheYearBeforeDecides() {
        var underWay = history().year(2025, InspectionStatus.REPORT_FILED, null)
                .year(2024, InspectionStatus.MISSED, null).build();
        assertThat(codes(EvaluationRules.exclusions(underWay, TODAY, DEFAULTS))).containsExactly("MISSED_INSPECTION");
        var exempt = history().year(2025, InspectionStatus.EXEMPT, null)
                .year(2024, InspectionStatus.COMPLETED, InspectionOutcome.UNQUALIFIED).build();
        assertThat(codes(EvaluationRules.exclusions(exempt, TODAY, DEFAULTS))).containsExactly("UNQUALIFIED_INSPECTION");
    }

    @Test
    void anOldFailureNoLongerCounts() {
        var history = history().year(2022, InspectionStatus.MISSED, null).build();
        assertThat(EvaluationRules.exclusions(history, TODAY, DEFAULTS)).isEmpty();
    }

    @Test
    void anOpenStandingCaseAndAbnormalActivityAndLeavingTheRegisterExclude() {
        assertThat(codes(EvaluationRules.exclusions(history().openCase("处于停滞状态，名存实亡").build(), TODAY, DEFAULTS)))
                .containsExactly("UNDER_STANDING_CASE");
        assertThat(codes(EvaluationRules.exclusions(history().tier(HealthTier.INCOMPLETE).build(), TODAY, DEFAULTS)))
                .containsExactly("ABNORMAL_ACTIVITY");
        assertThat(EvaluationRules.exclusions(history().tier(HealthTier.SOUND_WEAK).build(), TODAY, DEFAULTS)).isEmpty();
        assertThat(codes(EvaluationRules.exclusions(history().status(SocietyStatus.DISQUALIFIED).build(), TODAY,
                DEFAULTS))).containsExactly("NOT_ACTIVE");
        var configured = new Thresholds(2, Period.ofYears(2), Period.ofYears(1), Set.of(HealthTier.DORMANT));
        assertThat(EvaluationRules.exclusions(history().tier(HealthTier.INCOMPLETE).build(), TODAY, configured))
                .isEmpty();
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        var history = history().registeredOn(LocalDate.of(2025, 1, 1)).year(2025, InspectionStatus.MISSED, null)
                .tier(HealthTier.DORMANT).openCase("x").build();
        assertThat(codes(EvaluationRules.eligibility(history, TODAY, DEFAULTS).reasons())).containsExactly(
                "MISSED_INSPECTION", "UNDER_STANDING_CASE", "ABNORMAL_ACTIVITY", "REGISTERED_TOO_RECENTLY");
    }

    @Test
    void aGradeInForceMayBeRegradedTwoYearsOnOrWhenItIsAboutToEnd() {
        var recent = history().grade(LocalDate.of(2025, 1, 10), GradeStatus.IN_FORCE, null, null).build();
        var refused = EvaluationRules.eligibility(recent, TODAY, DEFAULTS);
        assertThat(codes(refused.reasons())).containsExactly("GRADED_TOO_RECENTLY");
        assertThat(refused.reasons().get(0).message()).contains("from 2027-01-10");

        var twoYears = history().grade(LocalDate.of(2024, 6, 15), GradeStatus.IN_FORCE, null, null).build();
        assertThat(EvaluationRules.eligibility(twoYears, TODAY, DEFAULTS).basis()).isEqualTo(Basis.REGRADING);

        var shortValidity = new Thresholds(2, Period.ofYears(3), Period.ofMonths(6), DEFAULTS.abnormalHealthTiers());
        var ending = history().grade(LocalDate.of(2021, 9, 1), GradeStatus.IN_FORCE, null, null).build();
        assertThat(EvaluationRules.eligibility(ending, TODAY, shortValidity).basis()).isEqualTo(Basis.GRADE_EXPIRING);
    }

    @Test
    void aLapsedGradeMayBeReplacedButARevokedOneOnlyTwoYearsAfterTheRevocation() {
        var expired = history().grade(LocalDate.of(2021, 1, 1), GradeStatus.LAPSED, LapseCause.EXPIRED,
                LocalDate.of(2026, 1, 1)).build();
        assertThat(EvaluationRules.eligibility(expired, TODAY, DEFAULTS).basis()).isEqualTo(Basis.GRADE_LAPSED);
        var pastValidityNotYetMarked = history().grade(LocalDate.of(2021, 1, 1), GradeStatus.IN_FORCE, null, null)
                .build();
        assertThat(EvaluationRules.eligibility(pastValidityNotYetMarked, TODAY, DEFAULTS).basis())
                .isEqualTo(Basis.GRADE_LAPSED);
        var revoked = history().grade(LocalDate.of(2023, 1, 1), GradeStatus.LAPSED, LapseCause.REVOKED,
                LocalDate.of(2025, 3, 1)).build();
        assertThat(codes(EvaluationRules.eligibility(revoked, TODAY, DEFAULTS).reasons()))
                .containsExactly("REVOKED_TOO_RECENTLY");
        assertThat(EvaluationRules.eligibility(revoked, LocalDate.of(2027, 3, 1), DEFAULTS).eligible()).isTrue();
    }

    @Test
    void aGradeIsValidFiveYearsLessADayAndInForceOnlyWithinThem() {
        LocalDate awarded = LocalDate.of(2026, 3, 1);
        LocalDate until = EvaluationRules.validUntil(awarded, Period.ofYears(5));
        assertThat(until).isEqualTo(LocalDate.of(2031, 2, 28));
        var grade = new PastGrade(GradeLevel.AAA, awarded, until, GradeStatus.IN_FORCE, null, null);
        assertThat(grade.inForceOn(until)).isTrue();
        assertThat(grade.inForceOn(until.plusDays(1))).isFalse();
        assertThat(grade.inForceOn(awarded.minusDays(1))).isFalse();
        assertThat(EvaluationRules.inForce(List.of(grade), LocalDate.of(2030, 1, 1))).contains(grade);
        assertThat(EvaluationRules.inForce(List.of(new PastGrade(GradeLevel.AAA, awarded, until, GradeStatus.LAPSED,
                LapseCause.REVOKED, awarded.plusDays(3))), LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void theDefaultBandsOnOneThousandPoints() {
        EvaluationSettings.Bands bands = settings().bands();
        assertThat(EvaluationRules.level(new BigDecimal("1000"), bands)).contains(GradeLevel.AAAAA);
        assertThat(EvaluationRules.level(new BigDecimal("950.0"), bands)).contains(GradeLevel.AAAAA);
        assertThat(EvaluationRules.level(new BigDecimal("949.9"), bands)).contains(GradeLevel.AAAA);
        assertThat(EvaluationRules.level(new BigDecimal("850"), bands)).contains(GradeLevel.AAAA);
        assertThat(EvaluationRules.level(new BigDecimal("700"), bands)).contains(GradeLevel.AAA);
        assertThat(EvaluationRules.level(new BigDecimal("699.9"), bands)).contains(GradeLevel.AA);
        assertThat(EvaluationRules.level(new BigDecimal("500"), bands)).contains(GradeLevel.A);
        assertThat(EvaluationRules.level(new BigDecimal("499.9"), bands)).isEmpty();
        var local = new EvaluationSettings.Bands(900, 800, 700, 600, 450);
        assertThat(EvaluationRules.level(new BigDecimal("905"), local)).contains(GradeLevel.AAAAA);
        assertThat(EvaluationRules.level(new BigDecimal("460"), local)).contains(GradeLevel.A);
    }

    @Test
    void theScoreIsTheMeanOfTheAssessorsTotalsToOneDecimal() {
        var first = new IndicatorPoints(55, 300, 350, 130, 65);
        var second = new IndicatorPoints(50, 290, 340, 120, 60);
        assertThat(EvaluationRules.score(List.of(first, second))).isEqualByComparingTo("880.0");
        assertThat(EvaluationRules.score(List.of(first, second, new IndicatorPoints(1, 0, 0, 0, 0))))
                .isEqualByComparingTo("587.0");
        assertThat(EvaluationRules.score(List.of(first, new IndicatorPoints(50, 290, 340, 120, 61))))
                .as("half a point rounds up").isEqualByComparingTo("880.5");
        assertThat(EvaluationRules.score(List.of(first, second, new IndicatorPoints(50, 290, 340, 120, 61))))
                .as("to one decimal").isEqualByComparingTo("873.7");
    }

    @Test
    void theSettingsRefuseIndicatorsThatDoNotMakeOneThousandAndBandsOutOfOrder() {
        assertThatThrownBy(() -> settings(new EvaluationSettings.Bands(950, 850, 700, 600, 500),
                new EvaluationSettings.Indicators(60, 330, 390, 150, 60))).hasMessageContaining("1000");
        assertThatThrownBy(() -> settings(new EvaluationSettings.Bands(850, 950, 700, 600, 500),
                new EvaluationSettings.Indicators(60, 330, 390, 150, 70))).hasMessageContaining("bands");
        assertThat(new IndicatorPoints(61, 0, 0, 0, 71).beyond(settings().indicators().maxima(), "points"))
                .extracting(problem -> problem.field())
                .containsExactly("points.basicConditions", "points.partyBuilding");
    }

    static EvaluationSettings settings() {
        return settings(new EvaluationSettings.Bands(950, 850, 700, 600, 500),
                new EvaluationSettings.Indicators(60, 330, 390, 150, 70));
    }

    static EvaluationSettings settings(EvaluationSettings.Bands bands, EvaluationSettings.Indicators indicators) {
        return new EvaluationSettings(bands, indicators, Period.ofYears(5), Duration.ofDays(7), Duration.ofDays(5), 2,
                Period.ofYears(2), Period.ofYears(1), Set.of(HealthTier.INCOMPLETE, HealthTier.DORMANT), 1);
    }

    private static List<String> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }

    static History history() {
        return new History();
    }

    /** A society's history, clean unless a test says otherwise: registered in 2010, active, sound, never graded. */
    static final class History {
        private SocietyStatus status = SocietyStatus.ACTIVE;
        private LocalDate registeredOn = LocalDate.of(2010, 5, 1);
        private HealthTier tier = HealthTier.SOUND_ACTIVE;
        private final List<YearResult> years = new ArrayList<>();
        private Optional<String> openCase = Optional.empty();
        private final List<PastGrade> grades = new ArrayList<>();

        History status(SocietyStatus status) {
            this.status = status;
            return this;
        }

        History registeredOn(LocalDate day) {
            this.registeredOn = day;
            return this;
        }

        History tier(HealthTier tier) {
            this.tier = tier;
            return this;
        }

        History year(int year, InspectionStatus status, InspectionOutcome outcome) {
            years.add(new YearResult(year, status, outcome));
            return this;
        }

        History openCase(String grounds) {
            this.openCase = Optional.of(grounds);
            return this;
        }

        History grade(LocalDate awardedOn, GradeStatus status, LapseCause cause, LocalDate lapsedOn) {
            grades.add(new PastGrade(GradeLevel.AAA, awardedOn, EvaluationRules.validUntil(awardedOn,
                    Period.ofYears(5)), status, cause, lapsedOn));
            return this;
        }

        RegisterHistory build() {
            return new RegisterHistory("测试学会", status, registeredOn, tier, years, openCase, grades);
        }
    }
}
