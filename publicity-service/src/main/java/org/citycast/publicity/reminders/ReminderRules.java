package org.citycast.publicity.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * When a deadline calls for a reminder. Days are counted on the association's calendar: a deadline
 * passing at the end of 11 December is "due in 7 days" all through 4 December. The stage is the
 * nearest lead time reached ({@code P7D} once seven days or fewer are left, even if the 30-day
 * reminder was never given because the deadline was set later), or {@code MISSED} once the deadline
 * passed unmet and the grace for a late "met" to arrive is over.
 */
final class ReminderRules {

    static final String MISSED = "MISSED";

    private ReminderRules() {
    }

    /** The last day on which the deadline can be met, in the association's time zone. */
    static LocalDate lastDay(Instant dueAt, ZoneId zone) {
        return LocalDate.ofInstant(dueAt.minusNanos(1), zone);
    }

    static long daysLeft(Instant dueAt, Instant now, ZoneId zone) {
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), lastDay(dueAt, zone));
    }

    /** The stage due now, if any: {@code P<n>D} for the nearest lead time reached, or {@code MISSED}. */
    static Optional<String> stage(Instant dueAt, Instant now, List<Integer> leadDays, Duration escalateAfter,
            ZoneId zone) {
        if (!now.isBefore(dueAt)) {
            return now.isBefore(dueAt.plus(escalateAfter)) ? Optional.empty() : Optional.of(MISSED);
        }
        long left = daysLeft(dueAt, now, zone);
        return leadDays.stream().filter(lead -> left <= lead).min(Integer::compare).map(lead -> "P" + lead + "D");
    }
}
