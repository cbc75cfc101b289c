package org.citycast.gateway;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything the gateway answers by itself is problem+json (RFC 9457), like the services' answers:
 * no route, a missing token, too many requests, a service that is down or too slow.
 */
@Component
@Order(-2)
class GatewayProblems implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayProblems.class);

    private final JsonMapper json;

    GatewayProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable e) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(e);
        }
        if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)) {
            return write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                    "The service behind this route is not answering; try again shortly.");
        }
        if (causedBy(e, TimeoutException.class)) {
            return write(exchange, HttpStatus.GATEWAY_TIMEOUT, "The service behind this route took too long to answer.");
        }
        if (e instanceof ResponseStatusException status) {
            String detail = status.getStatusCode().value() == 404
                    ? "Nothing is served at " + exchange.getRequest().getPath().value() + "."
                    : status.getReason() != null ? status.getReason() : ((HttpStatus) status.getStatusCode()).getReasonPhrase();
            return write(exchange, status.getStatusCode(), detail);
        }
        return Mono.deferContextual(context -> {
            AccessLog.underTrace(context, () -> log.error("Unexpected failure at the gateway", e));
            return write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong at the gateway.");
        });
    }

    Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        var response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status.value() == 401) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(json.writeValueAsBytes(problem))));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
