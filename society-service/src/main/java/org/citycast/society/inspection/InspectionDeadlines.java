package org.citycast.society.inspection;

import java.time.LocalDate;
import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The year after the inspected one: the report is due by {@code reportDue}, the association
 * forwards by {@code forwardDue}. A report the association returns for correction may be filed
 * again for {@code resubmissionDays} after the return, even when that runs past {@code reportDue}:
 * otherwise a report filed in time but returned late could never be corrected and the year would
 * count as missed. A society registered less than {@code exemptMonths} before the inspected year's
 * end is exempt. The round of a year opens by itself on {@code roundOpensOn} of the next year.
 */
@ConfigurationProperties("platform.inspection")
record InspectionDeadlines(@DefaultValue("--03-31") MonthDay reportDue, @DefaultValue("--05-31") MonthDay forwardDue,
        @DefaultValue("15") int resubmissionDays, @DefaultValue("6") int exemptMonths,
        @DefaultValue("--01-01") MonthDay roundOpensOn) {

    /** The inspected year whose round should be open by {@code today}, or empty before this year's opening day. */
    java.util.OptionalInt roundDueBy(LocalDate today) {
        return today.isBefore(roundOpensOn.atYear(today.getYear())) ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(today.getYear() - 1);
    }

    /** When the report for {@code year} is due; {@code returnedOn} is the day it was returned for correction, if so. */
    LocalDate reportDueFor(int year, LocalDate returnedOn) {
        LocalDate due = reportDue.atYear(year + 1);
        if (returnedOn == null) {
            return due;
        }
        LocalDate refileBy = returnedOn.plusDays(resubmissionDays);
        return refileBy.isAfter(due) ? refileBy : due;
    }

    LocalDate reportDueFor(AnnualInspection inspection) {
        return reportDueFor(inspection.getYear(), inspection.returnedOn());
    }

    LocalDate forwardDueFor(int year) {
        return forwardDue.atYear(year + 1);
    }

    boolean exempt(int year, LocalDate registeredOn) {
        return registeredOn != null && registeredOn.isAfter(LocalDate.of(year, 12, 31).minusMonths(exemptMonths));
    }
}
