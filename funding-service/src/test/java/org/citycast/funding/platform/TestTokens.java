package org.citycast.funding.platform;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Bearer tokens shaped like Keycloak's, mapped to authorities by the service's own converter. */
public final class TestTokens {

    private TestTokens() {
    }

    public static JwtRequestPostProcessor admin() {
        return token("admin", null, "ADMIN");
    }

    public static JwtRequestPostProcessor secretaryOf(UUID society) {
        return token("secretary-" + society, society, "SOCIETY_SECRETARY");
    }

    public static JwtRequestPostProcessor token(String username, UUID society, String... roles) {
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> {
                    jwt.claim("preferred_username", username)
                            .claim("realm_access", Map.of("roles", List.of(roles)));
                    if (society != null) {
                        jwt.claim("society_id", society.toString());
                    }
                })
                .authorities(SecurityConfiguration::authorities);
    }
}
