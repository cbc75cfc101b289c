package org.citycast.society.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.citycast.society.platform.ClientCredentialsRestClients;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Keycloak's Admin REST API for the realm's users, through Spring's {@link RestClient} with this
 * service's client-credentials token ({@link ClientCredentialsRestClients}). Every call is safe to
 * repeat: creating a user whose name is taken finds that user, and granting or revoking a role,
 * disabling, enabling, ending sessions or removing twice changes nothing more. Any other failure (Keycloak down, a 5xx) is thrown, so the listener's publication is retried.
 */
@Component
class KeycloakUsers {

    private static final ParameterizedTypeReference<List<UserRepresentation>> USERS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Map<String, Object>> REPRESENTATION = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<RoleRepresentation>> ROLES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> CREDENTIALS =
            new ParameterizedTypeReference<>() {
            };

    /** The fields of Keycloak's UserRepresentation this module writes and reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserRepresentation(String id, String username, String email, String firstName, String lastName,
            Boolean enabled, Boolean emailVerified, Map<String, List<String>> attributes, List<String> requiredActions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoleRepresentation(String id, String name) {
    }

    record Credential(String type, String value, boolean temporary) {
    }

    private final RestClient rest;

    KeycloakUsers(AccountsProperties properties, Clock clock) {
        this.rest = ClientCredentialsRestClients.builder(new ClientCredentialsRestClients.Credentials(
                        "society-accounts", properties.clientId(), properties.clientSecret(), properties.tokenUri(),
                        Set.of(), properties.connectTimeout(), properties.readTimeout()), clock)
                .baseUrl(properties.adminApi())
                .build();
    }

    /** The user with exactly this username, if Keycloak has one. */
    Optional<UserRepresentation> findByUsername(String username) {
        List<UserRepresentation> found = rest.get()
                .uri(uri -> uri.path("/users").queryParam("username", username).queryParam("exact", true).build())
                .retrieve()
                .body(USERS);
        return found == null ? Optional.empty() : found.stream().filter(u -> username.equals(u.username())).findFirst();
    }

    /** The user with exactly this email, if Keycloak has one (the realm forbids two users one email). */
    Optional<UserRepresentation> findByEmail(String email) {
        List<UserRepresentation> found = rest.get()
                .uri(uri -> uri.path("/users").queryParam("email", email).queryParam("exact", true).build())
                .retrieve()
                .body(USERS);
        return found == null ? Optional.empty() : found.stream().filter(u -> email.equalsIgnoreCase(u.email())).findFirst();
    }

    /** The user, if Keycloak still has them. */
    Optional<UserRepresentation> find(String userId) {
        try {
            return Optional.ofNullable(rest.get().uri("/users/{id}", userId).retrieve().body(UserRepresentation.class));
        } catch (HttpClientErrorException.NotFound gone) {
            return Optional.empty();
        }
    }

    /** Creates the user; answers the new id, or empty when the username (or email) is taken already. */
    Optional<String> create(UserRepresentation user) {
        try {
            var created = rest.post().uri("/users").body(user).retrieve().toBodilessEntity();
            String location = created.getHeaders().getLocation().getPath();
            return Optional.of(location.substring(location.lastIndexOf('/') + 1));
        } catch (HttpClientErrorException conflict) {
            if (conflict.getStatusCode() == HttpStatus.CONFLICT) {
                return Optional.empty();
            }
            throw conflict;
        }
    }

    List<String> realmRoles(String userId) {
        List<RoleRepresentation> held = rest.get().uri("/users/{id}/role-mappings/realm", userId).retrieve().body(ROLES);
        return held == null ? List.of() : held.stream().map(RoleRepresentation::name).toList();
    }

    /** Gives the user this realm role, if they do not hold it yet. */
    void grantRealmRole(String userId, String role) {
        if (realmRoles(userId).contains(role)) {
            return;
        }
        // the roles this client may map (view-users suffices, unlike reading the realm's roles)
        List<RoleRepresentation> available = rest.get().uri("/users/{id}/role-mappings/realm/available", userId)
                .retrieve().body(ROLES);
        RoleRepresentation wanted = (available == null ? List.<RoleRepresentation>of() : available).stream()
                .filter(r -> role.equals(r.name())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Keycloak offers no realm role " + role + " to map"));
        rest.post().uri("/users/{id}/role-mappings/realm", userId).body(List.of(wanted)).retrieve().toBodilessEntity();
    }

    /** Takes the realm role away from the user, if they hold it; true when it was taken. */
    boolean revokeRealmRole(String userId, String role) {
        List<RoleRepresentation> held = rest.get().uri("/users/{id}/role-mappings/realm", userId).retrieve().body(ROLES);
        var mapped = (held == null ? List.<RoleRepresentation>of() : held).stream()
                .filter(r -> role.equals(r.name())).toList();
        if (mapped.isEmpty()) {
            return false;
        }
        rest.method(HttpMethod.DELETE).uri("/users/{id}/role-mappings/realm", userId).body(mapped).retrieve()
                .toBodilessEntity();
        return true;
    }

    /** Disables the user; one that is gone already counts as disabled. */
    void disable(String userId) {
        setEnabled(userId, false);
    }

    /** Enables the user again, e.g. an expert granted a role after their roles were withdrawn. */
    void enable(String userId) {
        setEnabled(userId, true);
    }

    /** The whole representation goes back, since an update may drop what it leaves out. */
    private void setEnabled(String userId, boolean enabled) {
        Map<String, Object> user;
        try {
            user = rest.get().uri("/users/{id}", userId).retrieve().body(REPRESENTATION);
        } catch (HttpClientErrorException.NotFound gone) {
            if (enabled) {
                throw gone;
            }
            return;
        }
        if (user == null || Boolean.valueOf(enabled).equals(user.get("enabled"))) {
            return;
        }
        var changed = new LinkedHashMap<>(user);
        changed.put("enabled", enabled);
        rest.put().uri("/users/{id}", userId).body(changed).retrieve().toBodilessEntity();
    }

    /** Whether the user has a password already (then an invitation to set one is pointless). */
    boolean hasPassword(String userId) {
        List<Map<String, Object>> credentials = rest.get().uri("/users/{id}/credentials", userId).retrieve()
                .body(CREDENTIALS);
        return credentials != null && credentials.stream().anyMatch(c -> "password".equals(c.get("type")));
    }

    /**
     * Has Keycloak mail the user a link, valid for {@code lifespan}, that leads through these
     * required actions (e.g. UPDATE_PASSWORD): the realm's SMTP settings send it. Keycloak answers
     * 500 when it cannot send, which is thrown like any failure, so the caller retries.
     */
    void mailActions(String userId, List<String> actions, Duration lifespan) {
        rest.put().uri(uri -> uri.path("/users/{id}/execute-actions-email")
                        .queryParam("lifespan", lifespan.toSeconds()).build(userId))
                .body(actions).retrieve().toBodilessEntity();
    }

    /** Ends every session of the user, so a refresh token they hold stops working; a removed user has none. */
    void endSessions(String userId) {
        try {
            rest.post().uri("/users/{id}/logout", userId).retrieve().toBodilessEntity();
        } catch (HttpClientErrorException.NotFound gone) {
            // removed from Keycloak already: no sessions left
        }
    }

    /** Removes the user; one that is gone already counts as removed. */
    void remove(String userId) {
        try {
            rest.delete().uri("/users/{id}", userId).retrieve().toBodilessEntity();
        } catch (HttpClientErrorException.NotFound gone) {
            // removed before: nothing left to do
        }
    }

    /** Sets a password the user must change at the next sign-in (Keycloak adds UPDATE_PASSWORD). */
    void setTemporaryPassword(String userId, String password) {
        rest.put().uri("/users/{id}/reset-password", userId).body(new Credential("password", password, true))
                .retrieve().toBodilessEntity();
    }
}
