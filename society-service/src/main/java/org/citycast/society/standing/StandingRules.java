package org.citycast.society.standing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.citycast.society.registration.HealthTier;

/** Which societies lose their membership, and the grounds the letter states, in Chinese. */
final class StandingRules {

    private StandingRules() {
    }

    /** The first two consecutive years in {@code missedYears} (sorted), if any. */
    static Optional<int[]> twoYearsRunning(List<Integer> missedYears) {
        for (int i = 1; i < missedYears.size(); i++) {
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
}
