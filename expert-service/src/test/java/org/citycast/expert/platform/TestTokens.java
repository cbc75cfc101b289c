package org.citycast.expert.platform;

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
        return token("admin", null, null, "ADMIN");
    }

    public static JwtRequestPostProcessor secretaryOf(UUID society) {
        return token("secretary-" + society, society, null, "SOCIETY_SECRETARY");
    }

    /** A member of the expert committee, linked to their record in the expert pool. */
    public static JwtRequestPostProcessor reviewer(UUID expert) {
        return token("reviewer-" + expert, null, expert, "REVIEWER");
    }

    public static JwtRequestPostProcessor expert(UUID expert) {
        return token("expert-" + expert, null, expert, "EXPERT");
    }

    public static JwtRequestPostProcessor editor() {
        return token("editor", null, null, "EDITOR");
    }

    public static JwtRequestPostProcessor civilAffairs() {
        return token("service-account-civil-affairs", null, null, "CIVIL_AFFAIRS");
    }

    public static JwtRequestPostProcessor token(String username, UUID society, UUID expert, String... roles) {
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> {
                    jwt.claim("preferred_username", username)
                            .claim("realm_access", Map.of("roles", List.of(roles)));
                    if (society != null) {
                        jwt.claim("society_id", society.toString());
                    }
                    if (expert != null) {
                        jwt.claim("expert_id", expert.toString());
                    }
                })
                .authorities(SecurityConfiguration::authorities);
    }
}
