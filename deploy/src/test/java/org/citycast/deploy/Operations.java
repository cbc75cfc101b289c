package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/** Every operation of every service, as its OpenAPI document at {@code /v3/api-docs} declares it. */
final class Operations {

    /** One operation; {@code document} is its service's whole document, for resolving schema references. */
    record Operation(String service, String method, String path, JsonNode operation, JsonNode document) {

        /** Whether a concrete path (placeholders of the matrix count as one segment) is one of this operation's. */
        boolean matches(String concrete) {
            String regex = Pattern.compile("\\{[^}]+}").splitAsStream(path + "#")
                    .map(Pattern::quote).reduce((x, y) -> x + "[^/]+" + y).orElseThrow();
            return concrete.concat("#").matches(regex);
        }

        /** How many segments are variables: the most literal template wins when several match. */
        long variables() {
            return path.chars().filter(c -> c == '{').count();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private Operations() {
    }

    static List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (var service : new TreeMap<>(ApiDocumentsIT.SERVICES).entrySet()) {
            Platform.Response document = Platform.getDirect("http://localhost:" + service.getValue(), "/v3/api-docs", null);
            assertThat(document.status()).as(service.getKey() + "'s API document").isEqualTo(200);
            for (Map.Entry<String, JsonNode> path : document.body().get("paths").properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    operations.add(new Operation(service.getKey(), operation.getKey().toUpperCase(), path.getKey(),
                            operation.getValue(), document.body()));
                }
            }
        }
        return operations;
    }

    /** The operation a concrete method and path (query string allowed) belongs to, or null. */
    static Operation of(List<Operation> operations, String method, String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return operations.stream().filter(o -> o.method().equals(method) && o.matches(bare))
                .min((x, y) -> Long.compare(x.variables(), y.variables())).orElse(null);
    }
}
