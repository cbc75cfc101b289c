package org.citycast.society.inspection;

import java.time.LocalDate;

/** A year's round dates as the API shows them; {@code custom} when ADMIN set them rather than the defaults. */
public record RoundSchedule(int year, LocalDate opensOn, LocalDate reportDue, LocalDate forwardDue, boolean custom,
        String reason) {

    static RoundSchedule of(InspectionCalendar.YearSchedule schedule) {
        return new RoundSchedule(schedule.year(), schedule.opensOn(), schedule.reportDue(), schedule.forwardDue(),
                schedule.custom(), schedule.reason());
    }
}
