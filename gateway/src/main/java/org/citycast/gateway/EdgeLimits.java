package org.citycast.gateway;

import java.net.InetSocketAddress;
import java.net.URI;
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
 * floods of anonymous or rejected requests are limited too, a cap on the declared request size
 * (413 instead of streaming a huge body to a service) and on the address's length (414). Netty's
 * own request-line limit ({@code server.netty.max-initial-line-length}) is set well above the
 * latter, since Netty answers with a bare status, not problem+json.
 */
@Component
@Order(-500)
class EdgeLimits implements WebFilter {

    @ConfigurationProperties("platform.edge")
    record Settings(@DefaultValue("400") long addressCapacity, @DefaultValue("200") long addressRefillPerSecond,
            @DefaultValue("20MB") DataSize maxRequestSize, @DefaultValue("4096") int maxUriLength) {
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
        URI uri = exchange.getRequest().getURI();
        int uriLength = uri.getRawPath().length() + (uri.getRawQuery() == null ? 0 : uri.getRawQuery().length() + 1);
        if (uriLength > settings.maxUriLength()) {
            return problems.write(exchange, HttpStatus.URI_TOO_LONG,
                    "The address is longer than " + settings.maxUriLength() + " characters.");
        }
        String address = Optional.ofNullable(exchange.getRequest().getRemoteAddress())
                .map(InetSocketAddress::getAddress).map(a -> a.getHostAddress()).orElse("unknown");
        return addresses.waitFor("address:" + address)
                .map(wait -> RateLimiting.tooMany(problems, exchange, wait))
                .orElseGet(() -> chain.filter(exchange));
    }
}
