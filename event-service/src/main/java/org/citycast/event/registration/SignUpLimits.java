package org.citycast.event.registration;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for public sign-ups (on top of the gateway's general limit):
 * {@code platform.registration.sign-ups-per-address} sign-ups, refilled over {@code refill-period}.
 * Buckets live in a bounded cache, so many addresses cannot exhaust memory.
 */
@Component
class SignUpLimits {

    @ConfigurationProperties("platform.registration")
    record Settings(@DefaultValue("10") int signUpsPerAddress, @DefaultValue("PT1M") Duration refillPeriod) {
    }

    private final Settings settings;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();

    SignUpLimits(Settings settings) {
        this.settings = settings;
    }

    /** Takes one sign-up from the address's bucket; when it is empty, how long until the next one. */
    Optional<Duration> take(String address) {
        Bucket bucket = buckets.get(address, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.signUpsPerAddress())
                        .refillGreedy(settings.signUpsPerAddress(), settings.refillPeriod()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
