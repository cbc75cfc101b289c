package org.citycast.gateway.console;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The console's files are public (they hold no data; every API call still needs a token), so they
 * have their own filter chain, ahead of the gateway's. It also sets a content security policy: the
 * page talks only to its own origin and to Keycloak.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain consoleFilterChain(ServerHttpSecurity http, ConsoleRoutes.ConsoleProperties console) {
        URI keycloak = URI.create(console.authority());
        String keycloakOrigin = keycloak.getScheme() + "://" + keycloak.getRawAuthority();
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/", "/console", "/console/**"))
                .authorizeExchange(exchange -> exchange.anyExchange().permitAll())
                .headers(headers -> headers
                        // the routes set their own caching: hashed assets for a year, index.html revalidated
                        .cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable)
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                                + "connect-src 'self' " + keycloakOrigin + "; img-src 'self' data: blob:; "
                                // antd writes its styles at run time
                                + "style-src 'self' 'unsafe-inline'; media-src 'self' blob:; "
                                + "frame-ancestors 'none'; base-uri 'self'; form-action 'self' " + keycloakOrigin)))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                // no session, as in the gateway's chain (GatewaySecurity)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .build();
    }
}
