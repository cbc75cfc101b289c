package org.citycast.gateway;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The gateway turns away requests without a valid token before they reach a service; roles and
 * the society scope are still checked by each service, which owns its rules. It keeps no session:
 * each request carries its token. Spring Security's defaults would look up a web session for the
 * security context and the saved request on every request, and WebFlux creates each session on
 * another thread and comes back on a third (two thread hops per request, a fifth of the gateway's
 * CPU in issue 13's profile).
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    /**
     * Routes anyone may call without a token ({@code platform.public-paths}): the public pages,
     * feeds and forms of publicity, events and awards. Each service lists the same paths as public.
     */
    @Bean
    SecurityWebFilterChain gatewayFilterChain(ServerHttpSecurity http, GatewayProblems problems,
            @Value("${platform.public-paths}") String[] publicPaths) {
        return http
                .authorizeExchange(exchange -> exchange
                        .pathMatchers(HttpMethod.OPTIONS).permitAll()
                        .pathMatchers("/actuator/health/**").permitAll()
                        .pathMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**").permitAll()
                        .pathMatchers(publicPaths).permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint((exchange, e) -> problems.write(exchange, HttpStatus.UNAUTHORIZED,
                                "A valid bearer token is required.")))
                .cors(Customizer.withDefaults())
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .build();
    }

    /** The token decoder Boot configures (issuer, audience, Keycloak's keys), with a memory of the tokens it accepted. */
    @Bean
    static BeanPostProcessor verifiedTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, Clock.systemUTC(), 2_000) : bean;
            }
        };
    }

    /**
     * No observation (span, timer) per security filter, authentication and authorisation: per
     * request they cost more than the routing itself (issue 13's profile). The request's own
     * observation still carries the trace into every log line and on to the service.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's firewall with its own rule for header names and values (assigned characters,
     * no control characters) checked by a loop instead of its regular expression, which it ran
     * over the 1.3 KB bearer token of every request (issue 13's profile).
     */
    @Bean
    ServerWebExchangeFirewall exchangeFirewall() {
        var firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(GatewaySecurity::assignedAndNotControl);
        firewall.setAllowedHeaderValues(GatewaySecurity::assignedAndNotControl);
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
}
