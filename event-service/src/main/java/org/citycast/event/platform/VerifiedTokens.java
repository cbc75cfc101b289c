package org.citycast.event.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The token check with a memory: checking a bearer token's RSA signature cost more CPU than all
 * the rest of a small request (issue 13's profile), and a client sends the same token with every
 * request until it expires. A token that passed the check once is answered from here until its
 * {@code exp}; anything else, a changed byte included, goes to the real decoder. Rejected tokens
 * are never kept.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder decoder, Clock clock, long maximumSize) {
        this.decoder = decoder;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifeLeft(jwt)))
                .build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.getIfPresent(token);
        if (jwt != null && jwt.getExpiresAt().isAfter(clock.instant())) {
            return jwt;
        }
        jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private Duration lifeLeft(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        Duration left = Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
