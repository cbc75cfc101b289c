package org.citycast.gateway;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * A token bucket per signed-in user in front of every route, so one runaway script cannot starve
 * the services; over the limit is 429 with {@code Retry-After}. Unauthenticated and rejected
 * requests are limited earlier, per client address ({@link EdgeLimits}). Buckets live in this
 * gateway's memory: with several gateway instances each allows the full rate.
 */
@Component
class RateLimiting implements GlobalFilter, Ordered {

    @ConfigurationProperties("platform.rate-limit")
    record Limits(@DefaultValue("200") long capacity, @DefaultValue("100") long refillPerSecond) {
    }

    /** Token buckets by key (Bucket4j), forgotten ten minutes after their last use. */
    static final class Buckets {

        private final long capacity;
        private final long refillPerSecond;
        private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofMinutes(10))
                .maximumSize(100_000)
                .build();

        Buckets(long capacity, long refillPerSecond) {
            this.capacity = capacity;
            this.refillPerSecond = refillPerSecond;
        }

        /** Empty when the key may go ahead; otherwise how long it must wait. */
        Optional<Duration> waitFor(String key) {
            ConsumptionProbe probe = buckets.get(key, k -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity)
                            .refillGreedy(refillPerSecond, Duration.ofSeconds(1)).build())
                    .build()).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private final Buckets users;
    private final GatewayProblems problems;

    RateLimiting(Limits limits, GatewayProblems problems) {
        this.users = new Buckets(limits.capacity(), limits.refillPerSecond());
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .map(authentication -> users.waitFor("user:" + authentication.getName()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(wait -> wait.isPresent() ? tooMany(problems, exchange, wait.get()) : chain.filter(exchange));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    static Mono<Void> tooMany(GatewayProblems problems, ServerWebExchange exchange, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many requests; try again in " + seconds + " s.");
    }
}
