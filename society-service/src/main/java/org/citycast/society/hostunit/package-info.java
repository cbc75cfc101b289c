/**
 * The catalogue of the city's bureaus that host societies (挂靠单位), kept by ADMIN. A society's
 * host unit must be in it; a rename carries over to every society hosted there.
 */
@ApplicationModule(allowedDependencies = "platform")
package org.citycast.society.hostunit;

import org.springframework.modulith.ApplicationModule;
