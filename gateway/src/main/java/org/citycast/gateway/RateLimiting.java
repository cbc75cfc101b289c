package org.citycast.gateway;

import java.time.Duration;

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
 * A token bucket per caller (the signed-in user, else the client address) in front of every
 * route, so one runaway script cannot starve the services; over the limit is 429 with
 * {@code Retry-After}. Buckets live in this gateway's memory: with several gateway instances each
 * allows the full rate.
 */
@Component
class RateLimiting implements GlobalFilter, Ordered {

    @ConfigurationProperties("platform.rate-limit")
    record Limits(@DefaultValue("200") long capacity, @DefaultValue("100") long refillPerSecond) {
    }

    private final Limits limits;
    private final GatewayProblems problems;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    RateLimiting(Limits limits, GatewayProblems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return caller(exchange).flatMap(caller -> {
            ConsumptionProbe probe = buckets.get(caller, key -> newBucket()).tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                exchange.getResponse().getHeaders().set("X-RateLimit-Remaining",
                        Long.toString(probe.getRemainingTokens()));
                return chain.filter(exchange);
            }
            return tooMany(exchange, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.capacity())
                        .refillGreedy(limits.refillPerSecond(), Duration.ofSeconds(1)).build())
                .build();
    }

    private static Mono<String> caller(ServerWebExchange exchange) {
        var address = exchange.getRequest().getRemoteAddress();
        String client = "address:" + (address == null ? "unknown" : address.getAddress().getHostAddress());
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .map(authentication -> "user:" + authentication.getName())
                .defaultIfEmpty(client);
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many requests; try again in " + seconds + " s.");
    }
}
