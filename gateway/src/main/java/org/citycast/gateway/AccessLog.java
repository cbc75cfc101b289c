package org.citycast.gateway;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * One line per request that reaches the gateway, refused ones included, logged under the request's
 * trace: its trace id leads from here to the service's lines and to those of every consumer of the
 * events the request caused.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessLog implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);
    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        return chain.filter(exchange).doOnEach(signal -> {
            if (signal.isOnComplete() || signal.isOnError()) {
                underTrace(signal.getContextView(), () -> log.info("{} {} {} in {} ms",
                        exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                        signal.isOnError() ? "failed: " + signal.getThrowable() : exchange.getResponse().getStatusCode(),
                        (System.nanoTime() - start) / 1_000_000));
            }
        });
    }

    /**
     * Runs {@code logging} with the request's trace (its observation, kept in the Reactor context)
     * in the logging context. Reactor restores it only where asked to
     * ({@code spring.reactor.context-propagation=limited}): restoring it around every operator of
     * every request cost a fifth of the gateway's CPU (issue 13's profile).
     */
    static void underTrace(ContextView context, Runnable logging) {
        try (ContextSnapshot.Scope scope = SNAPSHOTS.setThreadLocalsFrom(context)) {
            logging.run();
        }
    }
}
