package org.citycast.event.platform;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Paths anyone may call without a token: health, the public pages and forms a service offers
     * ({@code platform.security.public-paths}, which the gateway lists as public too) and, where
     * {@code platform.security.public-api-docs} allows, the API documents. Metrics need a token
     * with ADMIN or MONITORING.
     */
    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandlers problems,
            @Value("${platform.security.public-paths:}") String[] publicPaths,
            @Value("${platform.security.public-api-docs:true}") boolean publicApiDocs) {
        String[] apiDocs = publicApiDocs ? new String[] {"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"}
                : new String[0];
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole("ADMIN", "MONITORING")
                        .requestMatchers(apiDocs).permitAll()
                        .requestMatchers(publicPaths).permitAll()
                        .requestMatchers("/api/civil-affairs/**").authenticated()
                        // the civil-affairs system's client has business with its own endpoints only
                        .anyRequest().access(AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
                                AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole("CIVIL_AFFAIRS")))))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(realmRoles()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults());
        return http.build();
    }

    /** The token decoder Boot configures (issuer, audience, Keycloak's keys), with a memory of the tokens it accepted. */
    @Bean
    static BeanPostProcessor verifiedTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, Clock.systemUTC(), 2_000) : bean;
            }
        };
    }

    /**
     * No observation (span, timer) per security filter, authentication and authorisation: they
     * cost a fifth of a small request's CPU (issue 13's profile). The request's own observation
     * still carries the trace into every log line.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's firewall with its own rule for header names and values (assigned characters,
     * no control characters) checked by a loop instead of its regular expression, which, run over
     * the 1.3 KB bearer token of every request, was a tenth of a small request's CPU (issue 13's profile).
     */
    @Bean
    HttpFirewall httpFirewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(SecurityConfiguration::assignedAndNotControl);
        firewall.setAllowedHeaderValues(SecurityConfiguration::assignedAndNotControl);
        return firewall;
    }

    /** The rule; a header that is not there (null) has nothing to refuse. */
    static boolean assignedAndNotControl(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.UNASSIGNED || type == Character.CONTROL) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Keycloak puts realm roles under {@code realm_access.roles}; Spring reads only {@code scope} by default. */
    static Converter<Jwt, AbstractAuthenticationToken> realmRoles() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(SecurityConfiguration::authorities);
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof List<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}
