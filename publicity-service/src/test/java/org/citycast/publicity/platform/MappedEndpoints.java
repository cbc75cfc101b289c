package org.citycast.publicity.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The service's own endpoints as Spring MVC maps them, so that an access-rule table can be checked
 * for completeness: a new endpoint without a row is listed by {@link #without(Collection)}.
 */
public final class MappedEndpoints {

    /** A row of an access-rule table: a method and a concrete path ({@code {id}} stands for any id). */
    public record Row(HttpMethod method, String path) {
    }

    private MappedEndpoints() {
    }

    /** Every {@code METHOD /pattern} of this service's controllers that none of the rows calls. */
    public static List<String> without(RequestMappingHandlerMapping handlers, Collection<Row> rows) {
        List<String> unchecked = new ArrayList<>();
        handlers.getHandlerMethods().forEach((mapping, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.citycast")) {
                return;
            }
            for (String pattern : mapping.getPatternValues()) {
                PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
                for (RequestMethod method : mapping.getMethodsCondition().getMethods()) {
                    if (rows.stream().noneMatch(row -> row.method().name().equals(method.name())
                            && parsed.matches(PathContainer.parsePath(concrete(row.path()))))) {
                        unchecked.add(method + " " + pattern);
                    }
                }
            }
        });
        return unchecked;
    }

    private static String concrete(String path) {
        return path.replace("{id}", UUID.randomUUID().toString()).split("\\?")[0];
    }
}
