package org.citycast.funding.decision;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import org.citycast.funding.application.Applications;
import org.citycast.funding.application.GrantView;
import org.citycast.funding.budget.Allocation;
import org.citycast.funding.budget.Budgets;
import org.citycast.funding.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Decisions {

    private final Applications applications;
    private final Budgets budgets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Decisions(Applications applications, Budgets budgets, ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.budgets = budgets;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Approves and commits the money in one transaction: the grant's own version guards against
     * deciding it twice, the allocation's conditional update against spending the same yuan twice;
     * if either refuses, nothing of the approval remains.
     */
    @Transactional
    public GrantView approve(UUID id, BigDecimal amount) {
        GrantView grant = applications.approve(id, amount);
        Allocation left = budgets.commit(grant.year(), grant.categoryCode(), id, grant.approvedAmount(),
                grant.societyName() + "：" + grant.title());
        events.publishEvent(new GrantApproved(UUID.randomUUID(), clock.instant(), grant.summary(),
                grant.approvedAmount(), grant.reviewScore(), left.available()));
        return grant;
    }

    @Transactional
    public GrantView reject(UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "is required when an application is rejected");
        }
        GrantView grant = applications.reject(id, reason.strip());
        events.publishEvent(new GrantRejected(UUID.randomUUID(), clock.instant(), grant.summary(), grant.statusComment(),
                grant.reviewScore()));
        return grant;
    }
}
