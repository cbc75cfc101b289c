/**
 * People's platform accounts, kept in Keycloak by the platform itself: ADMIN invites a society's
 * secretariat members, lists, disables and removes them; a disqualified or deregistered society's
 * accounts are disabled and their sessions ended. ADMIN grants REVIEWER or EXPERT to an expert in
 * a pool, whose account carries the expert's id; leaving every pool withdraws the roles. Where the
 * realm can send mail, Keycloak mails each new person the link to set a password. Each change is
 * a row here first and reaches Keycloak through an application-module listener, so a Keycloak
 * outage delays it and the outbox resubmission finishes it; Keycloak is brought to the row's
 * state, so a repeat does nothing new. The platform never stores a password.
 */
@ApplicationModule(allowedDependencies = {"registration::register", "registration::events", "audit", "pool",
        "platform"})
package org.citycast.society.accounts;

import org.springframework.modulith.ApplicationModule;
