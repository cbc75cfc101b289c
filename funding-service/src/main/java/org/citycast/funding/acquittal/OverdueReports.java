package org.citycast.funding.acquittal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.citycast.funding.application.Applications;
import org.citycast.funding.platform.AssociationTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily check: every grant whose final report passed its deadline unfiled is marked overdue
 * once, in its own transaction, and {@link GrantReportOverdue} goes out. Applying is blocked by
 * the deadline itself (see {@code application}), so a missed run delays only the notice.
 */
@Component
public class OverdueReports {

    private static final Logger log = LoggerFactory.getLogger(OverdueReports.class);

    private final Applications applications;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueReports(Applications applications, ApplicationEventPublisher events, TransactionTemplate transactions,
            Clock clock) {
        this.applications = applications;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Once per night however many instances run (ShedLock). */
    @Scheduled(cron = "${platform.funding.overdue-check-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "funding-overdue-reports", lockAtLeastFor = "PT5M")
    public void daily() {
        int marked = check();
        log.info("Overdue final reports marked today: {}", marked);
    }

    /** Marks the newly overdue reports; returns how many. */
    public int check() {
        LocalDate today = AssociationTime.today(clock);
        int marked = 0;
        for (UUID id : applications.newlyOverdue(today)) {
            try {
                Boolean done = transactions.execute(status -> applications.markOverdue(id, today)
                        .map(grant -> {
                            events.publishEvent(new GrantReportOverdue(UUID.randomUUID(), clock.instant(),
                                    grant.summary(), grant.reportDueOn()));
                            return true;
                        }).orElse(false));
                if (Boolean.TRUE.equals(done)) {
                    marked++;
                }
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // filed, or marked by another instance, while we looked: the next run sees where it stands
                log.info("Grant {} changed while being marked overdue; left to the next run", id);
            }
        }
        return marked;
    }
}
