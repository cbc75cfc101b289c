package org.citycast.society.inspection;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each year's round dates: the configured defaults ({@link InspectionDeadlines}), or the dates ADMIN
 * set for that year ({@code inspection_schedule}), e.g. an extension of the report deadline or a
 * round opened before the year's end for the annual summary.
 */
@Component
class InspectionCalendar {

    /** One year's dates; {@code custom} when ADMIN set them. */
    record YearSchedule(int year, LocalDate opensOn, LocalDate reportDue, LocalDate forwardDue, boolean custom,
            String reason) {
    }

    private final InspectionDeadlines defaults;
    private final JdbcClient jdbc;

    InspectionCalendar(InspectionDeadlines defaults, JdbcClient jdbc) {
        this.defaults = defaults;
        this.jdbc = jdbc;
    }

    YearSchedule of(int year) {
        return jdbc.sql("SELECT * FROM inspection_schedule WHERE year = ?").param(year)
                .query((rs, row) -> new YearSchedule(year, rs.getDate("opens_on").toLocalDate(),
                        rs.getDate("report_due").toLocalDate(), rs.getDate("forward_due").toLocalDate(), true,
                        rs.getString("reason")))
                .optional()
                .orElseGet(() -> new YearSchedule(year, defaults.roundOpensOn().atYear(year + 1),
                        defaults.reportDue().atYear(year + 1), defaults.forwardDue().atYear(year + 1), false, null));
    }

    void set(YearSchedule schedule, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO inspection_schedule (year, opens_on, report_due, forward_due, reason, set_by, set_at)
                        VALUES (:year, :opens, :report, :forward, :reason, :by, :at)
                        ON CONFLICT (year) DO UPDATE SET opens_on = excluded.opens_on, report_due = excluded.report_due,
                            forward_due = excluded.forward_due, reason = excluded.reason, set_by = excluded.set_by,
                            set_at = excluded.set_at""")
                .param("year", schedule.year()).param("opens", Date.valueOf(schedule.opensOn()))
                .param("report", Date.valueOf(schedule.reportDue())).param("forward", Date.valueOf(schedule.forwardDue()))
                .param("reason", schedule.reason()).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    /** When the report for {@code year} is due; a returned report may be filed again for the configured days. */
    LocalDate reportDueFor(int year, LocalDate returnedOn) {
        LocalDate due = of(year).reportDue();
        if (returnedOn == null) {
            return due;
        }
        LocalDate refileBy = returnedOn.plusDays(defaults.resubmissionDays());
        return refileBy.isAfter(due) ? refileBy : due;
    }

    LocalDate reportDueFor(AnnualInspection inspection) {
        return reportDueFor(inspection.getYear(), inspection.returnedOn());
    }

    LocalDate forwardDueFor(int year) {
        return of(year).forwardDue();
    }

    boolean exempt(int year, LocalDate registeredOn) {
        return defaults.exempt(year, registeredOn);
    }

    /** A year's round may open once its opening day has come, and any finished year's at any time (corrections). */
    boolean mayOpen(int year, LocalDate today) {
        return year < today.getYear() || !of(year).opensOn().isAfter(today);
    }

    /** The years whose round should be open by {@code today}: last year's from its opening day, and any ADMIN opened early. */
    List<Integer> roundsDueBy(LocalDate today) {
        TreeSet<Integer> due = new TreeSet<>(jdbc.sql("SELECT year FROM inspection_schedule WHERE opens_on <= ?")
                .param(Date.valueOf(today)).query(Integer.class).list());
        int lastYear = today.getYear() - 1;
        if (!of(lastYear).opensOn().isAfter(today)) {
            due.add(lastYear);
        } else {
            due.remove(lastYear);
        }
        return List.copyOf(due);
    }
}
