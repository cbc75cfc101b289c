package org.citycast.society.civilaffairs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The two recurring jobs of the link, at the intervals {@link CivilAffairsProperties} gives. */
@Configuration(proxyBeanMethods = false)
class CivilAffairsScheduling implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(CivilAffairsScheduling.class);

    private final DispatchSender sender;
    private final Inbox inbox;
    private final CivilAffairsProperties properties;

    CivilAffairsScheduling(DispatchSender sender, Inbox inbox, CivilAffairsProperties properties) {
        this.sender = sender;
        this.inbox = inbox;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(guarded("sending dispatches", sender::sendDue),
                properties.sendInterval(), properties.sendInterval()));
        registrar.addFixedDelayTask(new FixedDelayTask(guarded("retrying waiting messages", inbox::retryAllWaiting),
                properties.inboxRetryInterval(), properties.inboxRetryInterval()));
    }

    /** A round that fails (the database away, say) is logged and the next round comes as usual. */
    private static Runnable guarded(String what, Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.warn("{} did not go through; will try again: {}", what, e.toString());
            }
        };
    }
}
