package org.citycast.publicity.reminders;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.citycast.publicity.platform.ClientCredentialsRestClients;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Who is reminded, from the accounts the platform provisions in Keycloak, read through its Admin
 * REST API with this service's own client credentials (the realm's client {@code publicity-reminders},
 * allowed only view-users and query-users): a society's secretariat are the enabled users with
 * attribute {@code society_id} and role SOCIETY_SECRETARY; an expert is the user with attribute
 * {@code expert_id}; the association's staff are the enabled users with role ADMIN. The template's
 * {@link ClientCredentialsRestClients} fetches and keeps the token.
 */
@Component
class Recipients {

    private static final ParameterizedTypeReference<List<User>> USERS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Role>> ROLES = new ParameterizedTypeReference<>() {
    };
    private static final int PAGE = 100;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Role(String name) {
    }

    /** The fields of Keycloak's UserRepresentation read here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String id, String username, String email, Boolean enabled, Map<String, List<String>> attributes) {

        boolean has(String attribute, UUID value) {
            return attributes != null && attributes.getOrDefault(attribute, List.of()).contains(value.toString());
        }
    }

    private final RestClient rest;

    Recipients(ReminderSettings settings, Clock clock) {
        ReminderSettings.Keycloak keycloak = settings.keycloak();
        this.rest = ClientCredentialsRestClients.builder(new ClientCredentialsRestClients.Credentials(
                        "publicity-reminders", keycloak.clientId(), keycloak.clientSecret(), keycloak.tokenUri(),
                        Set.of(), keycloak.connectTimeout(), keycloak.readTimeout()), clock)
                .baseUrl(keycloak.adminApi())
                .build();
    }

    /**
     * The people a deadline's audience names; Keycloak not answering is thrown, so the run tries again
     * later. Only view-users and query-users are held, so users are found by attribute or listed, and
     * each one's realm roles (effective, through composites) read from the user's own role mappings.
     */
    List<Recipient> of(String audienceKind, UUID societyId, UUID expertId) {
        List<User> users = switch (audienceKind) {
            case "SOCIETY" -> withAttribute("society_id", societyId).stream()
                    .filter(u -> hasRole(u, "SOCIETY_SECRETARY")).toList();
            case "EXPERT" -> withAttribute("expert_id", expertId);
            case "ADMIN" -> everyone().stream().filter(u -> hasRole(u, "ADMIN")).toList();
            default -> throw new IllegalArgumentException("Unknown audience " + audienceKind);
        };
        return users.stream().map(u -> new Recipient(u.username(), u.email() == null || u.email().isBlank() ? null
                : u.email())).distinct().toList();
    }

    private boolean hasRole(User user, String role) {
        List<Role> roles = rest.get().uri("/users/{id}/role-mappings/realm/composite", user.id()).retrieve().body(ROLES);
        return roles != null && roles.stream().anyMatch(r -> role.equals(r.name()));
    }

    /** Every enabled person of the realm, a page at a time (service accounts are not listed). */
    private List<User> everyone() {
        List<User> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            int from = first;
            List<User> page = rest.get()
                    .uri(uri -> uri.path("/users").queryParam("briefRepresentation", false).queryParam("enabled", true)
                            .queryParam("first", from).queryParam("max", PAGE).build())
                    .retrieve().body(USERS);
            if (page == null || page.isEmpty()) {
                return all;
            }
            page.stream().filter(u -> Boolean.TRUE.equals(u.enabled())).forEach(all::add);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private List<User> withAttribute(String attribute, UUID value) {
        List<User> found = rest.get()
                .uri(uri -> uri.path("/users").queryParam("q", attribute + ":" + value).queryParam("exact", true)
                        .queryParam("briefRepresentation", false).queryParam("max", PAGE).build())
                .retrieve().body(USERS);
        return found == null ? List.of() : found.stream()
                .filter(u -> Boolean.TRUE.equals(u.enabled()) && u.has(attribute, value)).toList();
    }
}
