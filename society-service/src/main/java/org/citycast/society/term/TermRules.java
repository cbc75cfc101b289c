package org.citycast.society.term;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The date rules of a term, free of storage and time zones. */
final class TermRules {

    /** The plan (换届方案) is due this many months before the term ends. */
    static final int PLAN_MONTHS_BEFORE_END = 6;
    /** A postponement may move the end by at most this many years. */
    static final int MAX_POSTPONEMENT_YEARS = 1;

    private TermRules() {
    }

    /** A term started on {@code start} under a charter of {@code years} ends the day before its anniversary. */
    static LocalDate endOf(LocalDate start, int years) {
        return start.plusYears(years).minusDays(1);
    }

    static LocalDate planDue(LocalDate end) {
        return end.minusMonths(PLAN_MONTHS_BEFORE_END);
    }

    static LocalDate latestPostponement(LocalDate end) {
        return end.plusYears(MAX_POSTPONEMENT_YEARS);
    }

    /** The end that counts: an approved postponement's date, else the charter's end. */
    static LocalDate effectiveEnd(LocalDate end, LocalDate approvedPostponement) {
        return approvedPostponement != null ? approvedPostponement : end;
    }

    /** Days past the effective end, or zero while the term still runs. */
    static long daysOverdue(LocalDate effectiveEnd, LocalDate today) {
        return today.isAfter(effectiveEnd) ? ChronoUnit.DAYS.between(effectiveEnd, today) : 0;
    }
}
