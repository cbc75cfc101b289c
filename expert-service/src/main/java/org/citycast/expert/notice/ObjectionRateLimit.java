package org.citycast.expert.notice;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for the public objection form, on top of the gateway's general
 * limit: a few objections, then one more per refill interval. Buckets live in this instance's memory.
 */
@Component
class ObjectionRateLimit {

    private final NoticeSettings settings;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(6))
            .maximumSize(100_000)
            .build();

    ObjectionRateLimit(NoticeSettings settings) {
        this.settings = settings;
    }

    /** Empty when the address may file now; otherwise how long it must wait. */
    Duration waitFor(String address) {
        ConsumptionProbe probe = buckets.get(address, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.objectionsPerAddress())
                        .refillGreedy(1, settings.objectionRefill()).build())
                .build()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
