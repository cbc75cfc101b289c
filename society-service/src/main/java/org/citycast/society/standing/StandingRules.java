package org.citycast.society.standing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.citycast.society.registration.HealthTier;

/** Which societies lose their membership, and the grounds the letter states, in Chinese. */
final class StandingRules {

    private StandingRules() {
    }

    /**
     * The latest two consecutive years in {@code missedYears} (sorted), if any: the latest, so that
     * a new pair of misses makes new grounds after a dismissed case.
     */
    static Optional<int[]> twoYearsRunning(List<Integer> missedYears) {
        for (int i = missedYears.size() - 1; i > 0; i--) {
            if (missedYears.get(i) == missedYears.get(i - 1) + 1) {
                return Optional.of(new int[] {missedYears.get(i - 1), missedYears.get(i)});
            }
        }
        return Optional.empty();
    }

    /** The grounds for disqualification, or empty when the society stays. */
    static Optional<String> grounds(List<Integer> missedYears, HealthTier healthTier) {
        List<String> grounds = new ArrayList<>();
        twoYearsRunning(missedYears).ifPresent(years ->
                grounds.add("连续两年（" + years[0] + "年、" + years[1] + "年）未参加年检"));
        if (healthTier == HealthTier.DORMANT) {
            grounds.add("处于停滞状态，名存实亡");
        }
        return grounds.isEmpty() ? Optional.empty() : Optional.of(String.join("；", grounds));
    }

    /**
     * The grounds for a new case, given the society's latest case (null if none): none while a case
     * is open, and none on the very grounds ADMIN already dismissed, or the daily evaluation would
     * draft the dismissed letter again the next night. New grounds (another pair of missed years,
     * or dormancy added) open a new case.
     */
    static Optional<String> groundsForNewCase(List<Integer> missedYears, HealthTier healthTier,
            DisqualificationCase latest) {
        if (latest != null && latest.getStatus() == CaseStatus.DRAFTED) {
            return Optional.empty();
        }
        return grounds(missedYears, healthTier).filter(grounds -> latest == null
                || latest.getStatus() != CaseStatus.DISMISSED || !latest.getGrounds().equals(grounds));
    }
}
