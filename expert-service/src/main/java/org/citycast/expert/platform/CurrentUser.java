package org.citycast.expert.platform;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is calling, read from the bearer token. A secretary's token carries the {@code society_id}
 * of the one society whose data they may see and change; a reviewer's or expert's carries the
 * {@code expert_id} of their record in the expert pool, which recusal rules look up.
 */
public record CurrentUser(String username, Set<String> roles, Optional<UUID> societyId, Optional<UUID> expertId) {

    /** The service itself, acting outside any request: scheduled jobs, start-up data. */
    public static final CurrentUser SYSTEM = new CurrentUser("system", Set.of("ADMIN"), Optional.empty(),
            Optional.empty());

    public static CurrentUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            // only code that runs outside any web request acts as the service itself
            return RequestContextHolder.getRequestAttributes() == null ? SYSTEM
                    : new CurrentUser("anonymous", Set.of(), Optional.empty(), Optional.empty());
        }
        Jwt jwt = token.getToken();
        Set<String> roles = token.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .collect(Collectors.toUnmodifiableSet());
        String username = jwt.getClaimAsString("preferred_username");
        return new CurrentUser(username != null ? username : token.getName(), roles,
                uuid(jwt.getClaimAsString("society_id")), uuid(jwt.getClaimAsString("expert_id")));
    }

    public boolean admin() {
        return roles.contains("ADMIN");
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** ADMIN sees every society; anyone else only the society named in their token. */
    public boolean maySee(UUID society) {
        return admin() || societyId.filter(society::equals).isPresent();
    }

    /** A write to a society's data by anyone but ADMIN or that society's own secretariat is refused. */
    public void requireWritable(UUID society) {
        if (!maySee(society)) {
            throw DomainException.forbidden("You may change only your own society's records.");
        }
    }

    private static Optional<UUID> uuid(String claim) {
        try {
            return claim == null || claim.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(claim));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
