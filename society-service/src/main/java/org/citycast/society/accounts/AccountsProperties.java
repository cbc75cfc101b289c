package org.citycast.society.accounts;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Keycloak is and how this service signs in to its Admin REST API: the confidential client
 * {@code society-accounts} of the realm, whose service account holds only realm-management's
 * manage-users, view-users and query-users.
 *
 * @param keycloakUrl Keycloak's base address
 * @param realm the platform's realm
 * @param clientId the service client
 * @param clientSecret its secret ({@code PLATFORM_ACCOUNTS_CLIENTSECRET}; the prod profile refuses the local default)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param mail whether the realm can send mail (its {@code smtpServer} reaches a mail server): then
 *        every new account gets Keycloak's set-password email; without it ADMIN issues one-time passwords
 * @param invitationLinkLifespan how long the emailed set-password link stays valid
 */
@ConfigurationProperties("platform.accounts")
record AccountsProperties(
        @DefaultValue("http://localhost:8180") URI keycloakUrl,
        @DefaultValue("society") String realm,
        @DefaultValue("society-accounts") String clientId,
        @DefaultValue("society-accounts-secret") String clientSecret,
        @DefaultValue("PT3S") Duration connectTimeout,
        @DefaultValue("PT10S") Duration readTimeout,
        @DefaultValue("false") boolean mail,
        @DefaultValue("P3D") Duration invitationLinkLifespan) {

    URI tokenUri() {
        return URI.create(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token");
    }

    String adminApi() {
        return keycloakUrl + "/admin/realms/" + realm;
    }

    /** Where a person signs in to change a one-time password: their account console. */
    URI signInUrl() {
        return URI.create(keycloakUrl + "/realms/" + realm + "/account");
    }
}
