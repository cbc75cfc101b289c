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
 * end is exempt.
 */
@ConfigurationProperties("platform.inspection")
record InspectionDeadlines(@DefaultValue("--03-31") MonthDay reportDue, @DefaultValue("--05-31") MonthDay forwardDue,
        @DefaultValue("15") int resubmissionDays, @DefaultValue("6") int exemptMonths) {

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
