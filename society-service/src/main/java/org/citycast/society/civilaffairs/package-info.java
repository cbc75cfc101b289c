/**
 * The link with the civil-affairs registration system (民政/社会组织管理局), which belongs to
 * someone else.
 * <p>
 * Inbound: its client ({@code civil-affairs}, realm role {@code CIVIL_AFFAIRS}) posts registration
 * results, annual-inspection outcomes and deregistration confirmations to {@code /api/civil-affairs/**}.
 * Each is kept in an inbox by the sender's {@code messageId}, so a repeat is answered, not applied
 * again; one that arrives before the society is ready for it waits and is applied when it is.
 * <p>
 * Outbound: association pre-approvals, pre-reviewed annual reports and deregistration consents
 * become rows of a dispatch outbox, which a scheduled sender posts to civil affairs' HTTP API
 * with a client-credentials token and exponential backoff.
 */
@ApplicationModule(allowedDependencies = {"registration::register", "registration::lifecycle",
        "registration::events", "inspection", "platform"})
package org.citycast.society.civilaffairs;

import org.springframework.modulith.ApplicationModule;
