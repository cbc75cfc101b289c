package org.citycast.publicity.platform;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The Kafka side of the transactional outbox. Domain events are stored in the event publication
 * registry in the same transaction as the change; Modulith sends the externalized ones to Kafka
 * after commit; {@link OutboxResubmission} retries sends that failed.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    EventExternalizationConfiguration eventExternalization(@Value("${spring.application.name}") String producer) {
        return EventExternalizationConfiguration.externalizing()
                .select(EventExternalizationConfiguration.annotatedAsExternalized())
                .mapping(IntegrationEvent.class, event -> CloudEventEnvelope.wrap(producer, event))
                // keyed by aggregate so that one society's events stay in order on their partition
                .headers(CloudEventEnvelope.class, envelope -> Map.of(KafkaHeaders.KEY, envelope.subject()))
                .build();
    }

    /** A record that still fails after a few tries goes to {@code <topic>.DLT} instead of blocking its partition. */
    @Bean
    CommonErrorHandler deadLetters(KafkaOperations<Object, Object> kafka,
            @Value("${platform.kafka.consumer-retries:3}") long retries) {
        var recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(record.topic() + ".DLT", -1));
        var handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500, retries));
        handler.addNotRetryableExceptions(InboundEvent.Unreadable.class);
        return handler;
    }
}
