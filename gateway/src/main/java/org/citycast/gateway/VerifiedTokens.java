package org.citycast.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * The token check with a memory: checking a bearer token's RSA signature was a quarter of the
 * gateway's CPU per request (issue 13's profile), and a client sends the same token with every
 * request until it expires. A token that passed the check once is answered from here until its
 * {@code exp}; anything else, a changed byte included, goes to the real decoder. Rejected tokens
 * are never kept.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(ReactiveJwtDecoder decoder, Clock clock, long maximumSize) {
        this.decoder = decoder;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifeLeft(jwt)))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt jwt = verified.getIfPresent(token);
        if (jwt != null && jwt.getExpiresAt().isAfter(clock.instant())) {
            return Mono.just(jwt);
        }
        return decoder.decode(token).doOnNext(decoded -> {
            if (decoded.getExpiresAt() != null) {
                verified.put(token, decoded);
            }
        });
    }

    private Duration lifeLeft(Jwt jwt) {
        Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }
}
