package org.citycast.society.inspection;

import java.time.LocalDate;
import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The year after the inspected one: the report is due by {@code reportDue}, the association
 * forwards by {@code forwardDue}. A society registered less than {@code exemptMonths} before the
 * inspected year's end is exempt.
 */
@ConfigurationProperties("platform.inspection")
record InspectionDeadlines(@DefaultValue("--03-31") MonthDay reportDue, @DefaultValue("--05-31") MonthDay forwardDue,
        @DefaultValue("6") int exemptMonths) {

    LocalDate reportDueFor(int year) {
        return reportDue.atYear(year + 1);
    }

    LocalDate forwardDueFor(int year) {
        return forwardDue.atYear(year + 1);
    }

    boolean exempt(int year, LocalDate registeredOn) {
        return registeredOn != null && registeredOn.isAfter(LocalDate.of(year, 12, 31).minusMonths(exemptMonths));
    }
}
