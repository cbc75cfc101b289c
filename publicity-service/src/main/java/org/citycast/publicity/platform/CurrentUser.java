package org.citycast.publicity.platform;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is calling, read from the bearer token. A secretary's token carries the {@code society_id}
 * of the one society whose data they may see and change.
 */
public record CurrentUser(String username, boolean admin, Optional<UUID> societyId) {

    /** The service itself, acting outside any request: scheduled jobs, start-up data. */
    public static final CurrentUser SYSTEM = new CurrentUser("system", true, Optional.empty());

    public static CurrentUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            // only code that runs outside any web request acts as the service itself
            return RequestContextHolder.getRequestAttributes() == null ? SYSTEM
                    : new CurrentUser("anonymous", false, Optional.empty());
        }
        Jwt jwt = token.getToken();
        boolean admin = token.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        String username = jwt.getClaimAsString("preferred_username");
        return new CurrentUser(username != null ? username : token.getName(), admin,
                parse(jwt.getClaimAsString("society_id")));
    }

    /** ADMIN sees every society; anyone else only the society named in their token. */
    public boolean maySee(UUID society) {
        return admin || societyId.filter(society::equals).isPresent();
    }

    private static Optional<UUID> parse(String claim) {
        try {
            return claim == null || claim.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(claim));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
