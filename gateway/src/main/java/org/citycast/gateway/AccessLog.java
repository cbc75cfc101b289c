package org.citycast.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * One line per request that reaches the gateway, refused ones included, logged under the request's
 * trace: its trace id leads from here to the service's lines and to those of every consumer of the
 * events the request caused.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessLog implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        return chain.filter(exchange).doOnEach(signal -> {
            if (signal.isOnComplete() || signal.isOnError()) {
                log.info("{} {} {} in {} ms", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                        signal.isOnError() ? "failed: " + signal.getThrowable() : exchange.getResponse().getStatusCode(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        });
    }
}
