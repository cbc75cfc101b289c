/**
 * Demo data for a local run: a believable register of the city's societies, loaded through the
 * application services (so the usual events flow to the other services) when
 * {@code platform.demo-data.enabled=true}.
 */
@ApplicationModule(allowedDependencies = {"registration::register", "registration::lifecycle", "inspection", "term",
        "standing", "evaluation", "functiontransfer", "platform"})
package org.citycast.society.demo;

import org.springframework.modulith.ApplicationModule;
