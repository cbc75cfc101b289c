package org.citycast.gateway.console;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * The web console: a single-page app built into {@code classpath:/console/} by the gateway's Maven
 * build (from {@code src/main/console}) and served at {@code /console/}. Any path without a file
 * extension is one of the app's own pages and gets {@code index.html}, so deep links and reloads
 * work; hashed assets are cached for a year, {@code index.html} is revalidated every time.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleRoutes {

    static final String PREFIX = "/console/";
    private static final String INDEX = "index.html";

    @Bean
    RouterFunction<ServerResponse> consoleRouter(ConsoleProperties console) {
        return RouterFunctions.route()
                .GET("/", request -> redirectToConsole())
                .GET("/console", request -> redirectToConsole())
                // what the app needs to know at run time, so one build runs behind any Keycloak
                .GET(PREFIX + "config.json", request -> ServerResponse.ok()
                        .cacheControl(CacheControl.noCache())
                        .bodyValue(Map.of("authority", console.authority(), "clientId", console.clientId())))
                .add(RouterFunctions.resources(ConsoleRoutes::lookup, ConsoleRoutes::cacheHeaders))
                .build();
    }

    private static Mono<ServerResponse> redirectToConsole() {
        return ServerResponse.temporaryRedirect(URI.create(PREFIX)).build();
    }

    static Mono<Resource> lookup(ServerRequest request) {
        String path = request.path();
        if (!path.startsWith(PREFIX) || path.contains("..")) {
            return Mono.empty();
        }
        String relative = path.substring(PREFIX.length());
        String lastSegment = relative.substring(relative.lastIndexOf('/') + 1);
        if (!lastSegment.contains(".")) {
            return Mono.just(new ClassPathResource("console/" + INDEX));
        }
        Resource file = new ClassPathResource("console/" + relative);
        return file.isReadable() ? Mono.just(file) : Mono.empty();
    }

    private static void cacheHeaders(Resource resource, HttpHeaders headers) {
        if (INDEX.equals(resource.getFilename())) {
            headers.setCacheControl(CacheControl.noCache());
        } else {
            headers.setCacheControl("public, max-age=31536000, immutable");
        }
    }

    /** The Keycloak realm people sign in to, and the public client the console signs in as. */
    @ConfigurationProperties("platform.console")
    record ConsoleProperties(String authority, String clientId) {
    }
}
