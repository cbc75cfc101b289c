package org.citycast.publicity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.citycast.publicity.platform.TestKafka;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Feeds the other services' events to this service's listeners, built from samples: society-service's
 * published ones, and for the topics still being defined, the samples this service keeps in
 * {@code src/test/resources/events/<producer>/} with the fields it relies on.
 */
public final class EventFeed {

    static final Path SOCIETY_SAMPLE = Path.of("../society-service/src/main/resources/events/SocietyRegistered.v1.json");

    private final JsonMapper json;
    private final TestKafka broker;

    public EventFeed(JsonMapper json, TestKafka broker) {
        this.json = json;
        this.broker = broker;
    }

    /**
     * A sample kept in this service's test resources, e.g. {@code expert/ExpertAdmitted.v1.json}, with a
     * fresh id, dated now (a sample's own date may lie ahead of the clock, which the contract refuses).
     */
    public ObjectNode sample(String name) {
        try (var in = EventFeed.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + name);
            }
            return fresh((ObjectNode) json.readTree(in.readAllBytes())).put("time", Instant.now().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A society event of the given type built on society-service's published sample. */
    public ObjectNode society(String type, UUID society, String name, String status, Instant time) {
        try {
            ObjectNode event = fresh((ObjectNode) json.readTree(Files.readString(SOCIETY_SAMPLE)));
            event.put("type", type).put("time", time.toString()).put("subject", society.toString());
            ObjectNode data = (ObjectNode) event.get("data");
            data.put("occurredAt", time.toString());
            ((ObjectNode) data.get("society")).put("id", society.toString()).put("name", name).put("status", status)
                    .put("shortName", (String) null);
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends an event on its topic, keyed by its subject, and waits for the broker's acknowledgement. */
    public void send(String topic, ObjectNode event) {
        broker.send(topic, event.get("subject").asString(), json.writeValueAsBytes(event));
    }

    private static ObjectNode fresh(ObjectNode event) {
        String id = UUID.randomUUID().toString();
        event.put("id", id);
        ((ObjectNode) event.get("data")).put("eventId", id);
        return event;
    }
}
