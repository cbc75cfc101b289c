/**
 * The daily jobs (opening the year's inspection round, the inspection deadline check, the standing
 * evaluation) run once per schedule however many instances of the service run: each job method
 * carries ShedLock's {@code @SchedulerLock}, whose lock is a row of the {@code shedlock} table
 * taken against the database's clock, so the instance that takes it runs the job and the others
 * skip that firing. Each run is recorded with the instance that ran it, for ADMIN to see.
 */
@ApplicationModule(allowedDependencies = "platform")
package org.citycast.society.jobs;

import org.springframework.modulith.ApplicationModule;
