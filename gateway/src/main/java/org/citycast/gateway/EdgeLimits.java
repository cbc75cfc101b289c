package org.citycast.gateway;

import java.net.InetSocketAddress;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * What the gateway checks before it even looks at the token: a bucket per client address, so that
 * floods of anonymous or rejected requests are limited too, and a cap on the declared request
 * size (413 instead of streaming a huge body to a service).
 */
@Component
@Order(-500)
class EdgeLimits implements WebFilter {

    @ConfigurationProperties("platform.edge")
    record Settings(@DefaultValue("400") long addressCapacity, @DefaultValue("200") long addressRefillPerSecond,
            @DefaultValue("20MB") DataSize maxRequestSize) {
    }

    private final RateLimiting.Buckets addresses;
    private final Settings settings;
    private final GatewayProblems problems;

    EdgeLimits(Settings settings, GatewayProblems problems) {
        this.addresses = new RateLimiting.Buckets(settings.addressCapacity(), settings.addressRefillPerSecond());
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().getContentLength() > settings.maxRequestSize().toBytes()) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
                    "The request is larger than " + settings.maxRequestSize().toMegabytes() + " MB.");
        }
        String address = Optional.ofNullable(exchange.getRequest().getRemoteAddress())
                .map(InetSocketAddress::getAddress).map(a -> a.getHostAddress()).orElse("unknown");
        return addresses.waitFor("address:" + address)
                .map(wait -> RateLimiting.tooMany(problems, exchange, wait))
                .orElseGet(() -> chain.filter(exchange));
    }
}
