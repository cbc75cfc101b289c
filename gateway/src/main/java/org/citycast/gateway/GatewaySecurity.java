package org.citycast.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * The gateway turns away requests without a valid token before they reach a service; roles and
 * the society scope are still checked by each service, which owns its rules.
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
                .build();
    }
}
