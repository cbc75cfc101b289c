package org.citycast.publicity.inbound;

import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.publicity.platform.EventInbox;
import org.citycast.publicity.platform.InboundEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What every topic's listener does with a record: reads it, turns it into its fact and publishes that once. */
@Component
class Relay {

    private final EventInbox inbox;
    private final ApplicationEventPublisher events;

    Relay(EventInbox inbox, ApplicationEventPublisher events) {
        this.inbox = inbox;
        this.events = events;
    }

    /**
     * Publishes the fact {@code read} makes of the record's event, in the listener's transaction; an
     * event that makes none (null) concerns no feature here and is not noted as applied.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void publishOnce(String consumer, InboundEvent.Contract contract, ConsumerRecord<?, byte[]> record,
            Function<InboundEvent, Object> read) {
        InboundEvent event = inbox.read(contract, record);
        Object fact = read.apply(event);
        if (fact != null && inbox.firstDelivery(consumer, event)) {
            events.publishEvent(fact);
        }
    }
}
