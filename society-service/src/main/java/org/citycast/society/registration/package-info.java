/**
 * The register (登记): the {@code Society} aggregate, its lifecycle rules and events, and the ways
 * onto the register. Other modules use it through three named interfaces: {@code register} (the
 * read API, the only way they see the {@code society} table), {@code lifecycle} (the commands) and
 * {@code events} (what it publishes).
 */
@ApplicationModule(allowedDependencies = {"audit", "hostunit", "platform"})
package org.citycast.society.registration;

import org.springframework.modulith.ApplicationModule;
