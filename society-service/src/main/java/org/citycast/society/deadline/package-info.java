/**
 * Deadlines as a contract: each feature that sets a deadline (the annual report, the forwarding of
 * a pre-reviewed report, later an evaluation round) announces it on {@code society.events} with
 * {@link DeadlineScheduled}, says when it was met with {@link DeadlineMet} and when it no longer
 * applies with {@link DeadlineCancelled}. Rescheduling is another {@code DeadlineScheduled} with the
 * same id. publicity-service reminds the people concerned before it passes and escalates to ADMIN
 * when it passes unmet; no service keeps anyone else's deadlines.
 */
@ApplicationModule(allowedDependencies = "platform")
package org.citycast.society.deadline;

import org.springframework.modulith.ApplicationModule;
