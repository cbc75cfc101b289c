package org.citycast.publicity.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.publicity.platform.InboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * {@code society.events} has two consumers in this service: the shared society read model and
 * {@link SocietyTopic}. Both check the same contract, so a record that breaks it is already sent to
 * {@code society.events.DLT} (with its reason) by the shared one; this one only logs it, so that each
 * dead letter appears once. A record this listener alone cannot read (a field only it needs) is logged
 * the same way after its retries.
 */
@Configuration(proxyBeanMethods = false)
class SocietyFeedErrors {

    static final String FACTORY = "societyFeedContainerFactory";

    private static final Logger log = LoggerFactory.getLogger(SocietyFeedErrors.class);

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> societyFeedContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        var factory = new ConcurrentKafkaListenerContainerFactory<Object, Object>();
        configurer.configure(factory, consumers);
        var handler = new DefaultErrorHandler((ConsumerRecord<?, ?> record, Exception e) -> log.error(
                "society.events record at offset {} (key {}) skipped by {}: {}", record.offset(), record.key(),
                SocietyTopic.CONSUMER, e.getMessage()), new FixedBackOff(500, 3));
        handler.addNotRetryableExceptions(InboundEvent.Rejected.class, IllegalArgumentException.class);
        factory.setCommonErrorHandler(handler);
        return factory;
    }
}
