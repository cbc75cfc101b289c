/**
 * "Can go up, can go down" (能上能下): a nightly evaluation finds active societies whose two most
 * recent inspected years were both missed, or that are dormant, drafts the disqualification
 * letter (发函解除资格, marked as a draft until confirmed), and ADMIN confirms (the grounds are
 * checked again; the society is disqualified) or dismisses the case. A society has at most one
 * open case; grounds ADMIN dismissed are not raised again, new grounds are.
 */
@ApplicationModule(allowedDependencies = {"registration::register", "registration::lifecycle", "inspection",
        "audit", "jobs", "platform"})
package org.citycast.society.standing;

import org.springframework.modulith.ApplicationModule;
