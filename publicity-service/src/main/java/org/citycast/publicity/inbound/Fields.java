package org.citycast.publicity.inbound;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of an event's {@code data}. A required field that is missing or malformed makes
 * the record unreadable: the exception sends it, after the platform's retries, to the dead-letter topic.
 */
final class Fields {

    private Fields() {
    }

    static JsonNode object(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException("data." + field + " is missing or not an object");
        }
        return value;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isString() || value.asString().isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value.asString();
    }

    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static UUID uuid(JsonNode node, String field) {
        return UUID.fromString(text(node, field));
    }

    static UUID optionalUuid(JsonNode node, String field) {
        String value = optionalText(node, field);
        return value == null || value.isBlank() ? null : UUID.fromString(value);
    }

    static Instant instant(JsonNode node, String field) {
        return Instant.parse(text(node, field));
    }

    static Instant optionalInstant(JsonNode node, String field) {
        String value = optionalText(node, field);
        return value == null ? null : Instant.parse(value);
    }

    static LocalDate date(JsonNode node, String field) {
        return LocalDate.parse(text(node, field));
    }

    static LocalDate optionalDate(JsonNode node, String field) {
        String value = optionalText(node, field);
        return value == null ? null : LocalDate.parse(value);
    }

    static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new IllegalArgumentException(field + " is missing or not a whole number");
        }
        return value.asInt();
    }

    static Integer optionalInteger(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw new IllegalArgumentException(field + " is not a whole number");
        }
        return value.asInt();
    }

    /** Money arrives as a decimal string with two places ("30000.00"). */
    static BigDecimal optionalMoney(JsonNode node, String field) {
        String value = optionalText(node, field);
        return value == null ? null : new BigDecimal(value).setScale(2);
    }

    static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> element) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + " is not a list");
        }
        List<T> items = new ArrayList<>();
        for (JsonNode item : value) {
            items.add(element.apply(item));
        }
        return List.copyOf(items);
    }
}
