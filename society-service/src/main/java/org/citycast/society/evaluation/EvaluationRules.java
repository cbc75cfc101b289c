package org.citycast.society.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citycast.society.inspection.InspectionOutcome;
import org.citycast.society.inspection.InspectionService.YearResult;
import org.citycast.society.inspection.InspectionStatus;
import org.citycast.society.registration.HealthTier;
import org.citycast.society.registration.SocietyStatus;

/**
 * Who may be graded, who is excluded and why, a score's grade and a grade's validity, as pure rules
 * over the register's own history ({@link RegisterHistory}).
 */
final class EvaluationRules {

    private EvaluationRules() {
    }

    /** The grades a society has held, as the rules need them. */
    record PastGrade(GradeLevel level, LocalDate awardedOn, LocalDate validUntil, GradeStatus status,
            LapseCause lapseCause, LocalDate lapsedOn) {

        boolean inForceOn(LocalDate day) {
            return status == GradeStatus.IN_FORCE && !day.isBefore(awardedOn) && !day.isAfter(validUntil);
        }
    }

    /**
     * What the register knows of a society: its standing, registration, health tier, inspection
     * years (newest first), the grounds of an open disqualification case, and its grades.
     */
    record RegisterHistory(String societyName, SocietyStatus status, LocalDate registeredOn, HealthTier healthTier,
            List<YearResult> inspections, Optional<String> openStandingCase, List<PastGrade> grades) {
    }

    /** What the thresholds are, from {@link EvaluationSettings}. */
    record Thresholds(int minimumRegisteredYears, Period regradeAfter, Period expiringWithin,
            Set<HealthTier> abnormalHealthTiers) {

        static Thresholds of(EvaluationSettings settings) {
            return new Thresholds(settings.minimumRegisteredYears(), settings.regradeAfter(), settings.expiringWithin(),
                    settings.abnormalHealthTiers());
        }
    }

    /** Why a society may apply: its first grading, a grade no longer in force, one about to end, or a re-grade. */
    enum Basis {
        FIRST_GRADING, GRADE_LAPSED, GRADE_EXPIRING, REGRADING
    }

    /** A society's eligibility: the basis it may apply on, or the reasons it may not. */
    record Eligibility(boolean eligible, Basis basis, List<Reason> reasons) {
    }

    /**
     * The exclusions (不得参加评估的情形) the register's history shows today: not a member in good
     * standing; the latest finished inspection (last year's, or the year before while last year's is
     * still under way) missed or unqualified, or basically qualified two years running; an open
     * disqualification case; a health tier on the abnormal-activity list.
     */
    static List<Reason> exclusions(RegisterHistory history, LocalDate today, Thresholds thresholds) {
        List<Reason> reasons = new ArrayList<>();
        if (history.status() != SocietyStatus.ACTIVE) {
            reasons.add(new Reason("NOT_ACTIVE", "is not a member society in good standing (status " + history.status()
                    + ")"));
        }
        List<YearResult> finished = history.inspections().stream()
                .filter(year -> year.status() == InspectionStatus.COMPLETED || year.status() == InspectionStatus.MISSED)
                .sorted(Comparator.comparingInt(YearResult::year).reversed())
                .toList();
        if (!finished.isEmpty() && finished.get(0).year() >= today.getYear() - 2) {
            YearResult latest = finished.get(0);
            if (latest.status() == InspectionStatus.MISSED) {
                reasons.add(new Reason("MISSED_INSPECTION", "missed the " + latest.year() + " annual inspection"));
            } else if (latest.outcome() == InspectionOutcome.UNQUALIFIED) {
                reasons.add(new Reason("UNQUALIFIED_INSPECTION", "was found unqualified in the " + latest.year()
                        + " annual inspection"));
            } else if (latest.outcome() == InspectionOutcome.BASICALLY_QUALIFIED && finished.size() > 1
                    && finished.get(1).year() == latest.year() - 1
                    && finished.get(1).outcome() == InspectionOutcome.BASICALLY_QUALIFIED) {
                reasons.add(new Reason("BASICALLY_QUALIFIED_TWICE", "was only basically qualified in the "
                        + (latest.year() - 1) + " and " + latest.year() + " annual inspections, two years running"));
            }
        }
        history.openStandingCase().ifPresent(grounds -> reasons.add(new Reason("UNDER_STANDING_CASE",
                "is under a disqualification case (" + grounds + ")")));
        if (thresholds.abnormalHealthTiers().contains(history.healthTier())) {
            reasons.add(new Reason("ABNORMAL_ACTIVITY", "is on the abnormal-activity list (health tier "
                    + history.healthTier() + ", " + history.healthTier().label() + ")"));
        }
        return reasons;
    }

    /** Whether the society may apply for grading today, and on what basis or why not. */
    static Eligibility eligibility(RegisterHistory history, LocalDate today, Thresholds thresholds) {
        List<Reason> reasons = new ArrayList<>(exclusions(history, today, thresholds));
        Basis basis = null;
        Optional<PastGrade> latest = history.grades().stream().max(Comparator.comparing(PastGrade::awardedOn));
        if (latest.isEmpty()) {
            if (history.registeredOn() == null) {
                reasons.add(new Reason("REGISTRATION_DATE_UNKNOWN", "has no registration date on the register"));
            } else if (history.registeredOn().plusYears(thresholds.minimumRegisteredYears()).isAfter(today)) {
                reasons.add(new Reason("REGISTERED_TOO_RECENTLY", "was registered on " + history.registeredOn()
                        + "; a first grading needs " + thresholds.minimumRegisteredYears() + " full years, from "
                        + history.registeredOn().plusYears(thresholds.minimumRegisteredYears())));
            } else {
                basis = Basis.FIRST_GRADING;
            }
        } else {
            PastGrade grade = latest.get();
            if (grade.inForceOn(today)) {
                LocalDate regradeFrom = grade.awardedOn().plus(thresholds.regradeAfter());
                if (!today.isBefore(grade.validUntil().minus(thresholds.expiringWithin()))) {
                    basis = Basis.GRADE_EXPIRING;
                } else if (!today.isBefore(regradeFrom)) {
                    basis = Basis.REGRADING;
                } else {
                    reasons.add(new Reason("GRADED_TOO_RECENTLY", "was graded " + grade.level() + " on "
                            + grade.awardedOn() + "; it may be graded again from " + regradeFrom));
                }
            } else if (grade.lapseCause() == LapseCause.REVOKED
                    && today.isBefore(grade.lapsedOn().plus(thresholds.regradeAfter()))) {
                reasons.add(new Reason("REVOKED_TOO_RECENTLY", "had its grade revoked on " + grade.lapsedOn()
                        + "; it may be graded again from " + grade.lapsedOn().plus(thresholds.regradeAfter())));
            } else {
                basis = Basis.GRADE_LAPSED;
            }
        }
        return reasons.isEmpty() ? new Eligibility(true, basis, List.of()) : new Eligibility(false, null, reasons);
    }

    /** The grade in force on {@code day}, if any. */
    static Optional<PastGrade> inForce(List<PastGrade> grades, LocalDate day) {
        return grades.stream().filter(grade -> grade.inForceOn(day)).max(Comparator.comparing(PastGrade::awardedOn));
    }

    /** The last day a grade confirmed on {@code awardedOn} is valid: five years less a day by default. */
    static LocalDate validUntil(LocalDate awardedOn, Period validity) {
        return awardedOn.plus(validity).minusDays(1);
    }

    /** An application's score: the mean of its assessors' totals, to one decimal. */
    static BigDecimal score(List<IndicatorPoints> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no scores");
        }
        return BigDecimal.valueOf(scores.stream().mapToInt(IndicatorPoints::total).sum())
                .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
    }

    /** The grade a score earns under the bands, or none below the lowest band. */
    static Optional<GradeLevel> level(BigDecimal score, EvaluationSettings.Bands bands) {
        return bands.levelFor(score);
    }

    /** Sentences joined for a refusal. */
    static String explain(List<Reason> reasons) {
        return String.join("; ", reasons.stream().map(Reason::message).toList());
    }
}
