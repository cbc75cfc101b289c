/**
 * The year's figures for the association's work report, put together from the other modules' read
 * APIs: the register as it stood at the end of the year and the moves made within it (from the
 * register's history), the year's inspections and its re-elections, the evaluation grades and the
 * function-transfer projects. No SQL of its own.
 */
@ApplicationModule(allowedDependencies = {"registration::register", "inspection", "term", "evaluation",
        "functiontransfer", "platform"})
package org.citycast.society.figures;

import org.springframework.modulith.ApplicationModule;
