package org.citycast.event.stats;

import java.util.Map;

/**
 * A year's events (by start, Asia/Shanghai). {@code heldAcademicHallSessions} counts held events
 * that are branded sessions; attendance counts people once per event.
 */
record YearStats(int year, long planned, long branded, long published, long held, long cancelled,
        long heldAcademicHallSessions, Map<String, Long> heldByKind, Outreach outreach, YearAttendance attendance) {

    record Outreach(long held, long beneficiaries) {
    }

    record YearAttendance(long total, Map<String, Long> byCity) {
    }
}
