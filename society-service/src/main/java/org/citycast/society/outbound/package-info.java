/**
 * What this service's calls to other systems share: an HTTP client that signs in with the
 * service's own OAuth2 client credentials (civil affairs' API, Keycloak's Admin REST API).
 */
@ApplicationModule(allowedDependencies = {})
package org.citycast.society.outbound;

import org.springframework.modulith.ApplicationModule;
