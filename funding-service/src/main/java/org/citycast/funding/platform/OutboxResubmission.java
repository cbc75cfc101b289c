package org.citycast.funding.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Modulith marks a publication FAILED when Kafka (or an in-process listener) was unavailable and
 * never retries it by itself; this resubmits them until they go through, so nothing is lost.
 */
@Configuration(proxyBeanMethods = false)
class OutboxResubmission {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

    private final FailedEventPublications failed;

    OutboxResubmission(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(initialDelayString = "${platform.outbox.resubmit-interval:PT15S}",
            fixedDelayString = "${platform.outbox.resubmit-interval:PT15S}")
    void resubmitFailedPublications() {
        try {
            failed.resubmit(ResubmissionOptions.defaults());
        } catch (RuntimeException e) {
            log.warn("Resubmitting failed event publications did not go through; will try again: {}", e.toString());
        }
    }
}
