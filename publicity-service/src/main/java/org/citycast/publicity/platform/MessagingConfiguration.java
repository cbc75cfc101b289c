package org.citycast.publicity.platform;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.util.backoff.FixedBackOff;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Kafka side of the transactional outbox and of consuming. Domain events are stored in the
 * event publication registry in the same transaction as the change; Modulith sends the externalized
 * ones to Kafka after commit, each in its CloudEvents envelope and keyed by its aggregate, so that
 * one aggregate's events stay in order on their partition. {@link OutboxResubmission} retries
 * sends that failed. Each event carries the trace of the request that caused it ({@link EventTraces}),
 * in the envelope and in the record's {@code traceparent} header, where a consumer's listener
 * observation picks it up and continues that trace.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    EventTraces eventTraces(ObjectProvider<JsonMapper> json, ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new EventTraces(json, tracer, propagator);
    }

    /**
     * The {@code traceparent} header is set here from the stored trace rather than by a Kafka
     * template observation, which would take the trace of whatever sends the record: the outbox
     * resubmission job, when Kafka was away at the time of the request.
     */
    @Bean
    EventExternalizationConfiguration eventExternalization(@Value("${spring.application.name}") String producer,
            EventTraces traces) {
        return EventExternalizationConfiguration.externalizing()
                .select(EventExternalizationConfiguration.annotatedAsExternalized())
                .mapping(IntegrationEvent.class,
                        event -> CloudEventEnvelope.wrap(producer, event, traces.traceparentOf(event)))
                .routeKey(IntegrationEvent.class, IntegrationEvent::aggregateId)
                .headers(CloudEventEnvelope.class, envelope -> envelope.traceparent() == null ? Map.of()
                        : Map.of(EventTraces.FIELD, envelope.traceparent()))
                .build();
    }

    /**
     * A record that still fails after a few tries goes to {@code <topic>.DLT} instead of blocking
     * its partition; one that can never succeed (unreadable, of a type this consumer does not
     * know) goes there at once. The reason travels in the dead letter's exception headers; each one
     * counts in {@code platform.dead.letters} and ADMIN lists them through {@link DeadLetters}.
     */
    @Bean
    CommonErrorHandler deadLetterPublishing(KafkaOperations<Object, Object> kafka, MeterRegistry meters,
            @Value("${platform.kafka.consumer-retries:3}") long retries) {
        var publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(record.topic() + ".DLT", -1));
        ConsumerRecordRecoverer recoverer = (record, e) -> {
            publisher.accept(record, e);
            meters.counter("platform.dead.letters", "topic", record.topic()).increment();
        };
        var handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500, retries));
        handler.addNotRetryableExceptions(InboundEvent.Rejected.class);
        return handler;
    }
}
