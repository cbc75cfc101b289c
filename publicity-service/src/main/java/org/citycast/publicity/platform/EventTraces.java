package org.citycast.publicity.platform;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.core.EventSerializer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the trace of the request that published an integration event with its publication in the
 * outbox, so that the event carries that trace to its consumers even when the outbox resubmits it
 * long after the request ended (Modulith stores no trace context itself). The W3C
 * {@code traceparent} current when the event is first stored is added to the stored JSON and taken
 * off again when the outbox reads it back; {@link #traceparentOf} finds it for the envelope. Events
 * are otherwise stored as Modulith's own serializer stores them: as JSON by the application's mapper.
 *
 * <p>Modulith finds a publication again by its serialized form, so an event must serialize the same
 * every time: the trace is taken once per event and remembered with it for as long as the event
 * is in memory.
 */
class EventTraces implements EventSerializer {

    static final String FIELD = "traceparent";
    private static final Logger log = LoggerFactory.getLogger(EventTraces.class);
    private static final String UNTRACED = "";

    // looked up when first used: the outbox's beans are made early, before configuration properties
    // are bound and tracing is set up
    private final ObjectProvider<JsonMapper> json;
    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;
    private final Map<Object, String> traces = Collections.synchronizedMap(new WeakHashMap<>());

    EventTraces(ObjectProvider<JsonMapper> json, ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.json = json;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Object serialize(Object event) {
        JsonMapper json = this.json.getObject();
        if (!(event instanceof IntegrationEvent)) {
            return json.writeValueAsString(event);
        }
        String traceparent = traces.computeIfAbsent(event, e -> current());
        if (traceparent.equals(UNTRACED)) {
            return json.writeValueAsString(event);
        }
        ObjectNode node = json.valueToTree(event);
        node.put(FIELD, traceparent);
        return json.writeValueAsString(node);
    }

    @Override
    public <T> T deserialize(Object serialized, Class<T> type) {
        JsonMapper json = this.json.getObject();
        if (!IntegrationEvent.class.isAssignableFrom(type)) {
            return json.readValue(serialized.toString(), type);
        }
        ObjectNode node = (ObjectNode) json.readTree(serialized.toString());
        JsonNode traceparent = node.remove(FIELD);
        T event = json.treeToValue(node, type);
        traces.put(event, traceparent == null ? UNTRACED : traceparent.asString());
        return event;
    }

    /** One line per event published, under the trace of its request, where consumers' lines meet it. */
    @EventListener
    void published(IntegrationEvent event) {
        log.info("Publishing {} {}", event.eventType(), event.eventId());
    }

    /** The W3C trace context of the request that published the event; null when it was not traced. */
    String traceparentOf(IntegrationEvent event) {
        String traceparent = traces.get(event);
        return traceparent == null || traceparent.equals(UNTRACED) ? null : traceparent;
    }

    private String current() {
        Span span = tracer.getObject().currentSpan();
        if (span == null) {
            return UNTRACED;
        }
        Map<String, String> headers = new HashMap<>();
        propagator.getObject().inject(span.context(), headers, Map::put);
        return headers.getOrDefault(FIELD, UNTRACED);
    }
}
