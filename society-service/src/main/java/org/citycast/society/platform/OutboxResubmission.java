package org.citycast.society.platform;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Modulith marks a publication FAILED when Kafka (or an in-process listener) was unavailable and
 * never retries it by itself; this resubmits them until they go through, so nothing is lost.
 */
@Component
class OutboxResubmission {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

    private final FailedEventPublications failed;

    OutboxResubmission(FailedEventPublications failed) {
        this.failed = failed;
    }

    /** One instance at a time resubmits, so replicas do not send the same publication twice over. */
    @Scheduled(initialDelayString = "${platform.outbox.resubmit-interval:PT15S}",
            fixedDelayString = "${platform.outbox.resubmit-interval:PT15S}")
    @SchedulerLock(name = "outbox-resubmission", lockAtMostFor = "PT2M")
    public void resubmitFailedPublications() {
        try {
            failed.resubmit(ResubmissionOptions.defaults());
        } catch (RuntimeException e) {
            log.warn("Resubmitting failed event publications did not go through; will try again: {}", e.toString());
        }
    }
}
