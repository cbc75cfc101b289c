package org.citycast.funding.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event received from another service: the CloudEvents envelope it travels in, with its
 * {@code data} left as a JSON tree so that a consumer reads only the fields it relies on.
 */
public record InboundEvent(UUID id, String type, String source, Instant time, String subject, JsonNode data) {

    /** How far ahead of our clock an event may be dated; beyond it, it would freeze a read model. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(InboundEvent.class);

    /** A record this consumer can never apply; it is not retried, it goes to the dead-letter topic. */
    public static class Rejected extends RuntimeException {
        public Rejected(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * What a consumer accepts from a topic: the producer, and the types with their major
     * versions ({@code SocietyRegistered.v1}); a {@code .v2} it does not list is rejected.
     */
    public record Contract(String source, Set<String> types) {

        /** Reads a record and checks its envelope against this contract: producer, type, a time not in the future. */
        public InboundEvent read(JsonMapper json, byte[] value, Instant now) {
            InboundEvent event = parse(json, value);
            if (!source.equals(event.source())) {
                throw new Rejected("Unexpected producer '" + event.source() + "', expected " + source, null);
            }
            if (!types.contains(event.type())) {
                throw new Rejected("Unknown event type '" + event.type() + "', this consumer knows " + types, null);
            }
            if (event.time().isAfter(now.plus(CLOCK_SKEW))) {
                throw new Rejected("Event " + event.id() + " is dated " + event.time() + ", in the future", null);
            }
            // one line per event received, under the trace of the request that caused it
            log.info("Received {} {} from {}", event.type(), event.id(), event.source());
            return event;
        }
    }

    /** The envelope's {@code subject} must be the aggregate id the payload names, e.g. at {@code society.id}. */
    public void requireSubjectAt(String... path) {
        if (!Objects.equals(subject, text(path))) {
            throw new Rejected("Subject " + subject + " is not the id at data." + String.join(".", path), null);
        }
    }

    public static InboundEvent parse(JsonMapper json, byte[] value) {
        try {
            JsonNode node = json.readTree(value);
            return new InboundEvent(UUID.fromString(required(node, "id")), required(node, "type"),
                    required(node, "source"), Instant.parse(required(node, "time")), required(node, "subject"),
                    node.required("data"));
        } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
            throw new Rejected("Not a CloudEvents record: " + e.getMessage(), e);
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
