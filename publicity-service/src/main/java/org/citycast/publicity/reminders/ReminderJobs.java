package org.citycast.publicity.reminders;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The reminders' schedules. Each runs on one instance per firing (ShedLock on the {@code shedlock}
 * table); the claims and the mail outbox's row locks keep it right even when two runs overlap (ADMIN
 * running one by hand during the scheduled one, or a lock that expired on a slow run).
 */
@Component
class ReminderJobs {

    private static final Logger log = LoggerFactory.getLogger(ReminderJobs.class);

    private final Reminding reminding;
    private final MailDelivery delivery;

    ReminderJobs(Reminding reminding, MailDelivery delivery) {
        this.reminding = reminding;
        this.delivery = delivery;
    }

    @Scheduled(cron = "${platform.reminders.cron:0 5 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT30M")
    public void remind() {
        Reminding.Run run = reminding.run();
        log.info("Reminder run: {}", run);
    }

    @Scheduled(initialDelayString = "${platform.reminders.mail-interval:PT15S}",
            fixedDelayString = "${platform.reminders.mail-interval:PT15S}")
    @SchedulerLock(name = "reminder-mail", lockAtMostFor = "PT10M")
    public void sendMail() {
        MailDelivery.Delivery delivery = this.delivery.sendDue();
        if (delivery.sent() + delivery.failed() > 0) {
            log.info("Reminder mail: {}", delivery);
        }
    }

    @Scheduled(cron = "${platform.reminders.digest-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "reminder-digest", lockAtMostFor = "PT30M")
    public void digest() {
        log.info("Reminder digests written: {}", delivery.digest());
    }
}
