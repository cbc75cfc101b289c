/**
 * Reminders before every deadline (issue 17). The services announce their deadlines on their own
 * topics ({@code DeadlineScheduled}, {@code DeadlineMet}, {@code DeadlineCancelled}; read by
 * {@code inbound}); this module keeps them, and a job reminds the people concerned at the configured
 * lead times and escalates to ADMIN once a deadline passed unmet: a notice in each person's in-app
 * inbox and, unless they chose otherwise, a Chinese mail over SMTP, single or in a daily digest.
 * Recipients are the accounts the platform provisions in Keycloak, read through its Admin REST API.
 * Each (deadline, due time, stage, person, channel) is claimed once in the database in the same
 * transaction as the notice or mail, so reruns, restarts and several instances send nothing twice.
 */
@ApplicationModule(allowedDependencies = {"inbound", "platform"})
package org.citycast.publicity.reminders;

import org.springframework.modulith.ApplicationModule;
