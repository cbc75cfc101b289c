package org.citycast.publicity.site;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.citycast.publicity.platform.AssociationTime;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.WebRequest;

/**
 * HTTP caching of the public pages: {@code Cache-Control} lets browsers and proxies keep a page for a
 * minute; then {@code ETag} and {@code Last-Modified} let them ask whether it changed, and an unchanged
 * page is answered with 304 before anything is rendered. A page's time is the latest change of what it
 * shows, never earlier than this start of the service (templates may have changed) or the start of the
 * day (windows open and close by date).
 */
@Component
class Freshness {

    private final Instant started;
    private final Clock clock;
    private final CacheControl cacheControl;

    Freshness(Clock clock, SiteSettings settings) {
        this.clock = clock;
        this.started = clock.instant();
        this.cacheControl = CacheControl.maxAge(settings.maxAge()).cachePublic().mustRevalidate();
    }

    /**
     * True when the client already holds this version of the page: the 304 is then written. Otherwise
     * the validators are set and the page is to be rendered.
     */
    @SafeVarargs
    final boolean unchanged(WebRequest request, HttpServletResponse response, String page,
            Optional<Instant>... changes) {
        Instant day = AssociationTime.today(clock).atStartOfDay(AssociationTime.ZONE).toInstant();
        Instant latest = Arrays.stream(changes).flatMap(Optional::stream).filter(Objects::nonNull)
                .reduce(started.isAfter(day) ? started : day, (a, b) -> a.isAfter(b) ? a : b);
        // HTTP dates have whole seconds; the ETag tells apart changes within one second
        long millis = latest.toEpochMilli();
        String etag = "W/\"" + DigestUtils.md5DigestAsHex((page + "|" + millis).getBytes(StandardCharsets.UTF_8))
                .substring(0, 16) + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl.getHeaderValue());
        return request.checkNotModified(etag, millis);
    }
}
