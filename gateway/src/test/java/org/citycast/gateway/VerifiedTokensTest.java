package org.citycast.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class VerifiedTokensTest {

    static final Instant EXPIRY = Instant.parse("2030-06-01T08:00:00Z");

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = EXPIRY.minusSeconds(600);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovingClock clock = new MovingClock();
    final List<String> checked = new ArrayList<>();

    /** Accepts tokens starting with "good", valid until {@link #EXPIRY}; counts every real check. */
    final ReactiveJwtDecoder real = token -> Mono.defer(() -> {
        checked.add(token);
        return token.startsWith("good")
                ? Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject(token)
                        .issuedAt(EXPIRY.minusSeconds(900)).expiresAt(EXPIRY).build())
                : Mono.error(new BadJwtException("bad signature"));
    });

    final VerifiedTokens tokens = new VerifiedTokens(real, clock, 100);

    @Test
    void aTokenIsCheckedOnceUntilItExpires() {
        StepVerifier.create(tokens.decode("good-a")).expectNextMatches(jwt -> jwt.getSubject().equals("good-a")).verifyComplete();
        StepVerifier.create(tokens.decode("good-a")).expectNextMatches(jwt -> jwt.getSubject().equals("good-a")).verifyComplete();
        StepVerifier.create(tokens.decode("good-b")).expectNextMatches(jwt -> jwt.getSubject().equals("good-b")).verifyComplete();
        assertThat(checked).containsExactly("good-a", "good-b");

        clock.now = EXPIRY.plusSeconds(1);
        StepVerifier.create(tokens.decode("good-a")).expectNextCount(1).verifyComplete();
        assertThat(checked).containsExactly("good-a", "good-b", "good-a");
    }

    @Test
    void aRejectedTokenIsRejectedEveryTime() {
        StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();
        StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();
        assertThat(checked).containsExactly("forged", "forged");
    }
}
