package org.citycast.society.evaluation;

import java.time.Duration;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citycast.society.registration.HealthTier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The evaluation's numbers, which vary by locality ({@code platform.evaluation.*}): the score bands
 * on 1,000 points, the indicator groups' maxima (adding up to 1,000), how long a grade is valid, the
 * public notice window, who may apply, what counts as abnormal activity, and how many assessors
 * must score an application before its grade is proposed.
 *
 * @param bands                   the lowest score of each grade
 * @param indicators              each indicator group's maximum
 * @param validity                a grade's validity from the day it is confirmed (five years)
 * @param noticePeriod            how long proposed grades stay on public notice (公示) unless ADMIN sets a round's own
 * @param minimumNoticePeriod     the shortest notice ADMIN may set
 * @param minimumRegisteredYears  full years since registration before a first grading
 * @param regradeAfter            time since the last grading (or a revocation) before a society may be graded again
 * @param expiringWithin          a grade this close to its end may be renewed whatever {@code regradeAfter} says
 * @param abnormalHealthTiers     health tiers that put a society on the abnormal-activity list (活动异常)
 * @param assessorsPerApplication scores needed before an application's grade can be proposed
 */
@ConfigurationProperties("platform.evaluation")
record EvaluationSettings(@DefaultValue Bands bands, @DefaultValue Indicators indicators,
        @DefaultValue("P5Y") Period validity, @DefaultValue("P7D") Duration noticePeriod, @DefaultValue("P5D") Duration minimumNoticePeriod,
        @DefaultValue("2") int minimumRegisteredYears, @DefaultValue("P2Y") Period regradeAfter,
        @DefaultValue("P1Y") Period expiringWithin,
        @DefaultValue({"INCOMPLETE", "DORMANT"}) Set<HealthTier> abnormalHealthTiers,
        @DefaultValue("1") int assessorsPerApplication) {

    EvaluationSettings {
        if (indicators.maxima().total() != 1000) {
            throw new IllegalArgumentException("platform.evaluation.indicators must add up to 1000 points, not "
                    + indicators.maxima().total());
        }
        if (!(bands.aaaaa() > bands.aaaa() && bands.aaaa() > bands.aaa() && bands.aaa() > bands.aa()
                && bands.aa() > bands.a() && bands.a() > 0 && bands.aaaaa() <= 1000)) {
            throw new IllegalArgumentException("platform.evaluation.bands must fall from 5A to 1A within 1 to 1000");
        }
        if (assessorsPerApplication < 1) {
            throw new IllegalArgumentException("platform.evaluation.assessors-per-application must be at least 1");
        }
    }

    /** The lowest score of each grade (a locality's own bands replace these). */
    record Bands(@DefaultValue("950") int aaaaa, @DefaultValue("850") int aaaa, @DefaultValue("700") int aaa,
            @DefaultValue("600") int aa, @DefaultValue("500") int a) {

        /** Highest first. */
        Map<GradeLevel, Integer> lowest() {
            Map<GradeLevel, Integer> lowest = new LinkedHashMap<>();
            lowest.put(GradeLevel.AAAAA, aaaaa);
            lowest.put(GradeLevel.AAAA, aaaa);
            lowest.put(GradeLevel.AAA, aaa);
            lowest.put(GradeLevel.AA, aa);
            lowest.put(GradeLevel.A, a);
            return lowest;
        }

        Optional<GradeLevel> levelFor(java.math.BigDecimal score) {
            return lowest().entrySet().stream()
                    .filter(band -> score.compareTo(java.math.BigDecimal.valueOf(band.getValue())) >= 0)
                    .map(Map.Entry::getKey).findFirst();
        }
    }

    /** Each indicator group's maximum. */
    record Indicators(@DefaultValue("60") int basicConditions, @DefaultValue("330") int internalGovernance,
            @DefaultValue("390") int workPerformance, @DefaultValue("150") int socialEvaluation,
            @DefaultValue("70") int partyBuilding) {

        IndicatorPoints maxima() {
            return new IndicatorPoints(basicConditions, internalGovernance, workPerformance, socialEvaluation,
                    partyBuilding);
        }
    }
}
