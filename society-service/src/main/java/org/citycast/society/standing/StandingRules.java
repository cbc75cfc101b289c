package org.citycast.society.standing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.citycast.society.inspection.InspectionService.InspectedYear;
import org.citycast.society.registration.HealthTier;

/** Which societies lose their membership, and the grounds the letter states, in Chinese. */
final class StandingRules {

    static final String DORMANT = "处于停滞状态，名存实亡";
    private static final String SEPARATOR = "；";

    private StandingRules() {
    }

    /**
     * The two most recent inspected years (newest first, exempt years left out), if both were
     * missed and they follow each other. Earlier years do not count: a society that missed two
     * years long ago and passed every year since stays.
     */
    static Optional<int[]> twoYearsRunning(List<InspectedYear> newestFirst) {
        if (newestFirst.size() < 2) {
            return Optional.empty();
        }
        InspectedYear latest = newestFirst.get(0);
        InspectedYear before = newestFirst.get(1);
        if (latest.missed() && before.missed() && before.year() == latest.year() - 1) {
            return Optional.of(new int[] {before.year(), latest.year()});
        }
        return Optional.empty();
    }

    /** The grounds for disqualification, or empty when the society stays. */
    static Optional<String> grounds(List<InspectedYear> newestFirst, HealthTier healthTier) {
        List<String> grounds = new ArrayList<>();
        twoYearsRunning(newestFirst).ifPresent(years ->
                grounds.add("连续两年（" + years[0] + "年、" + years[1] + "年）未参加年检"));
        if (healthTier == HealthTier.DORMANT) {
            grounds.add(DORMANT);
        }
        return grounds.isEmpty() ? Optional.empty() : Optional.of(String.join(SEPARATOR, grounds));
    }

    /**
     * The grounds a drafted letter states that no longer hold today (the society filed since, or
     * is no longer dormant); empty when every one still holds and the letter may be confirmed.
     */
    static List<String> groundsNoLongerHolding(String letterGrounds, List<InspectedYear> newestFirst,
            HealthTier healthTier) {
        List<String> now = grounds(newestFirst, healthTier).map(text -> Arrays.asList(text.split(SEPARATOR)))
                .orElse(List.of());
        return Arrays.stream(letterGrounds.split(SEPARATOR)).filter(ground -> !now.contains(ground)).toList();
    }

    /**
     * The grounds for a new case, given the society's latest case (null if none): none while a case
     * is open, and none on the very grounds ADMIN already dismissed, or the daily evaluation would
     * draft the dismissed letter again the next night. New grounds (another pair of missed years,
     * or dormancy added) open a new case.
     */
    static Optional<String> groundsForNewCase(List<InspectedYear> newestFirst, HealthTier healthTier,
            DisqualificationCase latest) {
        if (latest != null && latest.getStatus() == CaseStatus.DRAFTED) {
            return Optional.empty();
        }
        return grounds(newestFirst, healthTier).filter(grounds -> latest == null
                || latest.getStatus() != CaseStatus.DISMISSED || !latest.getGrounds().equals(grounds));
    }
}
