package org.citycast.publicity.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReminderRulesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final List<Integer> LEADS = List.of(30, 7, 1);
    /** The end of 31 March 2026 in Jining: 16:00 UTC. */
    static final Instant DUE = Instant.parse("2026-03-31T16:00:00Z");

    static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static String stage(Instant now) {
        return ReminderRules.stage(DUE, now, LEADS, Duration.ofHours(1), SHANGHAI).orElse("none");
    }

    @Test
    void theLastDayIsTheDayTheDeadlinePassesAtTheEndOf() {
        assertThat(ReminderRules.lastDay(DUE, SHANGHAI)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ReminderRules.daysLeft(DUE, at("2026-03-24T00:00"), SHANGHAI)).isEqualTo(7);
        assertThat(ReminderRules.daysLeft(DUE, at("2026-03-24T23:59"), SHANGHAI)).isEqualTo(7);
    }

    @Test
    void daysAreCountedOnTheAssociationsCalendarNotInHours() {
        // 8:00 on the 24th is 7 days and 16 hours before the deadline passes, yet "due in 7 days"
        assertThat(stage(at("2026-03-24T08:00"))).isEqualTo("P7D");
        assertThat(stage(at("2026-03-23T23:59"))).isEqualTo("P30D");
    }

    @Test
    void theNearestLeadTimeReachedIsTheStage() {
        assertThat(stage(at("2026-02-28T12:00"))).isEqualTo("none");
        assertThat(stage(at("2026-03-01T00:00"))).isEqualTo("P30D");
        assertThat(stage(at("2026-03-30T09:00"))).isEqualTo("P1D");
        assertThat(stage(at("2026-03-31T23:59"))).isEqualTo("P1D");
    }

    /** A deadline set 5 days ahead gets the 7-day reminder, not a late 30-day one. */
    @Test
    void aDeadlineSetLateSkipsTheLeadTimesAlreadyPassed() {
        assertThat(stage(at("2026-03-26T10:00"))).isEqualTo("P7D");
    }

    @Test
    void aMissedDeadlineEscalatesOnceTheGraceForALateMetIsOver() {
        assertThat(stage(DUE)).isEqualTo("none");
        assertThat(stage(DUE.plus(Duration.ofMinutes(59)))).isEqualTo("none");
        assertThat(stage(DUE.plus(Duration.ofHours(1)))).isEqualTo(ReminderRules.MISSED);
        assertThat(stage(DUE.plus(Duration.ofDays(40)))).isEqualTo(ReminderRules.MISSED);
    }

    @Test
    void theLeadTimesAreConfiguration() {
        assertThat(ReminderRules.stage(DUE, at("2026-03-17T10:00"), List.of(14, 3), Duration.ZERO, SHANGHAI))
                .hasValue("P14D");
        assertThat(ReminderRules.stage(DUE, at("2026-03-10T10:00"), List.of(14, 3), Duration.ZERO, SHANGHAI)).isEmpty();
    }
}
