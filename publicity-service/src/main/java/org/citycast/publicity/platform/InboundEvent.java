package org.citycast.publicity.platform;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event received from another service: the CloudEvents envelope it travels in, with its
 * {@code data} left as a JSON tree so that a consumer reads only the fields it relies on.
 */
public record InboundEvent(UUID id, String type, String source, Instant time, String subject, JsonNode data) {

    /** A record that is not a readable event; it is never retried, it goes to the dead-letter topic. */
    public static class Unreadable extends RuntimeException {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static InboundEvent parse(JsonMapper json, byte[] value) {
        try {
            JsonNode node = json.readTree(value);
            return new InboundEvent(UUID.fromString(required(node, "id")), required(node, "type"),
                    required(node, "source"), Instant.parse(required(node, "time")), required(node, "subject"),
                    node.required("data"));
        } catch (JacksonException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new Unreadable("Not a CloudEvents record: " + e.getMessage(), e);
        }
    }

    /** The text at a path into {@code data}, e.g. {@code text("society", "name")}; null when absent. */
    public String text(String... path) {
        JsonNode value = data;
        for (String field : path) {
            value = value == null ? null : value.get(field);
        }
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value.asString();
    }
}
