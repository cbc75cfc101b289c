package org.citycast.funding.agreement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.funding.application.Applications;
import org.citycast.funding.application.GrantView;
import org.citycast.funding.audit.AuditTrail;
import org.citycast.funding.budget.Budgets;
import org.citycast.funding.platform.CurrentUser;
import org.citycast.funding.platform.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AgreementService {

    private final Agreements agreements;
    private final Applications applications;
    private final Budgets budgets;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int reportDueDays;

    AgreementService(Agreements agreements, Applications applications, Budgets budgets, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock,
            @Value("${platform.funding.report-due-days:30}") int reportDueDays) {
        this.agreements = agreements;
        this.applications = applications;
        this.budgets = budgets;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.reportDueDays = reportDueDays;
    }

    /** Records the signed agreement of an approved grant; its tranches add up to the approved amount exactly. */
    @Transactional
    public AgreementView sign(UUID id, AgreementTerms terms) {
        GrantView grant = applications.view(id);
        BigDecimal total = terms.tranches().stream().map(AgreementTerms.PlannedTranche::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (grant.approvedAmount() != null && total.compareTo(grant.approvedAmount()) != 0) {
            throw DomainException.invalid("tranches", "add up to " + total.setScale(2) + ", not the approved "
                    + grant.approvedAmount());
        }
        LocalDate due = terms.reportDueOn() != null ? terms.reportDueOn() : grant.plannedEnd().plusDays(reportDueDays);
        if (due.isBefore(terms.signedOn())) {
            throw DomainException.invalid("reportDueOn", "must not be before the agreement is signed");
        }
        GrantView agreed = applications.agreed(id, terms.signedOn(), due);
        Agreement agreement = agreements.save(new Agreement(id, terms.signedOn(), due, terms.terms(),
                terms.tranches().stream().map(t -> new Tranche(t.amount().setScale(2), t.dueOn(), t.condition(), null,
                        null)).toList(), clock.instant(), null));
        AgreementView view = AgreementView.of(agreement);
        audit.record(id.toString(), agreed.societyId(), "AGREEMENT_RECORDED", null, view);
        return view;
    }

    /** Pays a tranche out of the committed money and tells the other services. */
    @Transactional
    public AgreementView pay(UUID id, int number, LocalDate paidOn, String reference) {
        Agreement agreement = agreements.findById(id).orElseThrow(() -> DomainException.notFound("Agreement", id));
        AgreementView before = AgreementView.of(agreement);
        BigDecimal amount = agreement.pay(number, paidOn, reference);
        Agreement saved = agreements.save(agreement);
        GrantView grant = applications.disbursed(id, amount);
        budgets.disburse(grant.year(), grant.categoryCode(), id, amount,
                grant.societyName() + "：" + grant.title() + " 第" + number + "笔");
        AgreementView after = AgreementView.of(saved);
        audit.record(id.toString(), grant.societyId(), "TRANCHE_PAID", before, after);
        events.publishEvent(new GrantDisbursed(UUID.randomUUID(), clock.instant(), grant.summary(), number,
                after.tranches().size(), amount, paidOn));
        return after;
    }

    @Transactional(readOnly = true)
    public AgreementView find(UUID id, CurrentUser user) {
        GrantView grant = applications.find(id, user);
        return agreements.findById(grant.id()).map(AgreementView::of)
                .orElseThrow(() -> DomainException.notFound("Agreement", id));
    }

    /** What is planned but not paid: closing releases it. */
    @Transactional(readOnly = true)
    public BigDecimal unpaid(UUID id) {
        return agreements.findById(id).map(AgreementView::of).map(AgreementView::unpaid).orElse(BigDecimal.ZERO);
    }
}
