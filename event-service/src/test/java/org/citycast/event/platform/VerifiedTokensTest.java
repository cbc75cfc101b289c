package org.citycast.event.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    final TestClock clock = new TestClock();
    final List<String> checked = new ArrayList<>();
    final Instant expiry = Instant.parse("2030-06-01T08:00:00Z");

    /** Accepts tokens starting with "good", valid until {@link #expiry}; counts every real check. */
    final JwtDecoder real = token -> {
        checked.add(token);
        if (!token.startsWith("good")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject(token)
                .issuedAt(expiry.minusSeconds(300)).expiresAt(expiry).build();
    };

    final VerifiedTokens tokens = new VerifiedTokens(real, clock, 100);

    @Test
    void aTokenIsCheckedOnceUntilItExpires() {
        clock.setToday(LocalDate.of(2030, 6, 1)); // noon in Shanghai: 04:00 UTC, before the expiry

        assertThat(tokens.decode("good-a").getSubject()).isEqualTo("good-a");
        assertThat(tokens.decode("good-a").getSubject()).isEqualTo("good-a");
        assertThat(tokens.decode("good-b").getSubject()).isEqualTo("good-b");

        assertThat(checked).containsExactly("good-a", "good-b");
    }

    @Test
    void anExpiredTokenGoesBackToTheRealCheck() {
        clock.setToday(LocalDate.of(2030, 6, 1));
        tokens.decode("good-a");

        clock.setToday(LocalDate.of(2030, 6, 2));
        tokens.decode("good-a");

        assertThat(checked).containsExactly("good-a", "good-a");
    }

    @Test
    void aRejectedTokenIsRejectedEveryTime() {
        clock.setToday(LocalDate.of(2030, 6, 1));

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(checked).containsExactly("forged", "forged");
    }
}
