/**
 * Deadlines as a contract, as society-service announces its own (see its {@code events/society.events.md}):
 * the grant's final report (结项报告) is announced on {@code funding.events} with
 * {@link DeadlineScheduled} when the agreement sets its due date, again when a report is returned,
 * and {@link DeadlineMet} when the report is filed (the contract's {@code DeadlineCancelled} has no use here yet). publicity-service reminds the society and
 * escalates to ADMIN.
 */
@ApplicationModule(allowedDependencies = "platform")
package org.citycast.funding.deadline;

import org.springframework.modulith.ApplicationModule;
