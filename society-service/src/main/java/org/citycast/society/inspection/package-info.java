/**
 * Annual inspection (年检): each year's round (opened by itself on {@code platform.inspection.round-opens-on},
 * 1 January unless configured, or by ADMIN for corrections), the society's annual work report (due
 * 31 March of the following year), the association's pre-review (初审) and forwarding to civil
 * affairs (due 31 May; a report still held after it is recorded late and listed for ADMIN), civil
 * affairs' outcome, and the nightly check that records a missed deadline as missed. A report
 * returned for correction may be filed again for 15 days after the return, even past 31 March. A
 * missed year goes out as {@code AnnualInspectionCompleted} with status MISSED and no outcome, so
 * consumers follow one event for every way a year ends. ADMIN may set a year's dates
 * ({@code inspection_schedule}); the report and forwarding deadlines are announced as
 * {@code DeadlineScheduled}/{@code DeadlineMet}/{@code DeadlineCancelled} for the reminders.
 */
@ApplicationModule(allowedDependencies = {"registration::register", "registration::events", "audit", "jobs", "deadline", "platform"})
package org.citycast.society.inspection;

import org.springframework.modulith.ApplicationModule;
