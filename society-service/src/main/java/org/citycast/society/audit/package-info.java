/**
 * The audit trail: who changed what about a society, or about a pool expert's platform account,
 * when, with the state before and after and, for an import or a correction, the reason given.
 * Written in the same transaction as the change it records; readable by ADMIN only.
 */
@ApplicationModule(allowedDependencies = "platform")
package org.citycast.society.audit;

import org.springframework.modulith.ApplicationModule;
