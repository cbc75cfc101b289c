/**
 * Functions transferred from government and services it purchases (学会承接政府转移职能、政府购买服务):
 * projects awarded by ADMIN to eligible societies only — a grade in force at or above
 * {@code platform.function-transfer.minimum-grade} and none of the evaluation's exclusions, read
 * through {@link org.citycast.society.evaluation.SocietyGrades} — with the commissioning bureau (from
 * the host-unit catalogue), the function, the exact contract amount and period, milestones, the
 * society's outcome and the bureau's evaluation. {@code FunctionTransferAwarded} goes out on
 * {@code society.events}.
 */
@ApplicationModule(allowedDependencies = {"registration::register", "evaluation", "hostunit", "audit", "platform"})
package org.citycast.society.functiontransfer;

import org.springframework.modulith.ApplicationModule;
