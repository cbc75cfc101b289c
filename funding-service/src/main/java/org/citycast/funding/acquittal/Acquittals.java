package org.citycast.funding.acquittal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.citycast.funding.application.Applications;
import org.citycast.funding.application.BudgetLine;
import org.citycast.funding.application.GrantStatus;
import org.citycast.funding.application.GrantView;
import org.citycast.funding.audit.AuditTrail;
import org.citycast.funding.budget.Budgets;
import org.citycast.funding.platform.CurrentUser;
import org.citycast.funding.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Acquittals {

    private final FinalReports reports;
    private final EvidenceFiles evidence;
    private final Applications applications;
    private final Budgets budgets;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Acquittals(FinalReports reports, EvidenceFiles evidence, Applications applications, Budgets budgets,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.evidence = evidence;
        this.applications = applications;
        this.budgets = budgets;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Writes (or rewrites) the final report of an agreed grant, until it is submitted. */
    @Transactional
    public ReportView write(UUID id, ReportForm form, CurrentUser user) {
        GrantView grant = writableGrant(id, user);
        if (grant.status() != GrantStatus.AGREED) {
            throw DomainException.conflict("A final report is written for a grant under agreement; this one is "
                    + grant.status() + ".");
        }
        if (form.heldFrom() != null && form.heldTo() != null && form.heldTo().isBefore(form.heldFrom())) {
            throw DomainException.invalid("heldTo", "must not be before heldFrom");
        }
        FinalReport report = reports.findById(id).orElseGet(() -> FinalReport.start(id, clock.instant()));
        ReportView before = report.getVersion() == null ? null : view(report);
        List<SpendingLine> lines = form.lines().stream().map(line -> new SpendingLine(line.item().strip(),
                planned(grant, line.item().strip()), line.actual().setScale(2))).toList();
        report.write(form.summary().strip(), form.actualAttendance(), form.heldFrom(), form.heldTo(), lines,
                clock.instant());
        ReportView after = view(reports.save(report));
        audit.record(id.toString(), grant.societyId(), "FINAL_REPORT_WRITTEN", before, after);
        return after;
    }

    @Transactional
    public EvidenceFiles.EvidenceFile attach(UUID id, String filename, byte[] bytes, CurrentUser user) {
        GrantView grant = writableGrant(id, user);
        FinalReport report = reports.findById(id).orElseThrow(() -> DomainException.conflict(
                "Write the final report before attaching evidence to it."));
        report.requireEditable();
        EvidenceFiles.EvidenceFile file = evidence.store(id, filename, bytes);
        audit.record(id.toString(), grant.societyId(), "EVIDENCE_ATTACHED", null, file);
        return file;
    }

    @Transactional
    void detach(UUID id, UUID file, CurrentUser user) {
        GrantView grant = writableGrant(id, user);
        reports.findById(id).orElseThrow(() -> DomainException.notFound("Evidence file", file)).requireEditable();
        EvidenceFiles.EvidenceFile gone = evidence.list(id).stream().filter(f -> f.id().equals(file)).findFirst()
                .orElseThrow(() -> DomainException.notFound("Evidence file", file));
        evidence.delete(id, file);
        audit.record(id.toString(), grant.societyId(), "EVIDENCE_REMOVED", gone, null);
    }

    @Transactional
    public ReportView submit(UUID id, CurrentUser user) {
        GrantView grant = writableGrant(id, user);
        FinalReport report = reports.findById(id).orElseThrow(() -> DomainException.conflict(
                "There is no final report to submit yet."));
        if (evidence.list(id).isEmpty()) {
            throw DomainException.conflict("Attach at least one evidence file (receipts, photos, sign-in sheets) "
                    + "before submitting the final report.");
        }
        ReportView before = view(report);
        report.submit(clock.instant());
        ReportView after = view(reports.save(report));
        applications.reportFiled(id);
        audit.record(id.toString(), grant.societyId(), "FINAL_REPORT_SUBMITTED", before, after);
        return after;
    }

    /** ADMIN accepts the report, or returns it with comments for the society to correct. */
    @Transactional
    public ReportView review(UUID id, boolean accepted, String comments) {
        FinalReport report = reports.findById(id).orElseThrow(() -> DomainException.notFound("Final report", id));
        if (!accepted && (comments == null || comments.isBlank())) {
            throw DomainException.invalid("comments", "are required when a final report is returned");
        }
        ReportView before = view(report);
        GrantView grant;
        if (accepted) {
            report.accept(comments, clock.instant());
            grant = applications.reportAccepted(id, report.spending());
        } else {
            report.giveBack(comments, clock.instant());
            grant = applications.reportReturned(id, comments);
        }
        ReportView after = view(reports.save(report));
        audit.record(id.toString(), grant.societyId(), accepted ? "FINAL_REPORT_ACCEPTED" : "FINAL_REPORT_RETURNED",
                before, after);
        return after;
    }

    /**
     * Closes an accepted grant: it costs what was both paid and spent; committed money never paid
     * and paid money not spent (refunded) go back to the allocation.
     */
    @Transactional
    public GrantView close(UUID id) {
        FinalReport report = reports.findById(id).orElseThrow(() -> DomainException.conflict(
                "A grant closes once its final report is accepted; it has none."));
        GrantView closed = applications.close(id);
        BigDecimal unpaid = closed.approvedAmount().subtract(closed.disbursedAmount());
        BigDecimal refunded = closed.disbursedAmount().subtract(closed.settledAmount());
        String note = closed.societyName() + "：" + closed.title() + " 结项";
        if (unpaid.signum() > 0) {
            budgets.release(closed.year(), closed.categoryCode(), id, unpaid, note);
        }
        if (refunded.signum() > 0) {
            budgets.refund(closed.year(), closed.categoryCode(), id, refunded, note + " 退回结余");
        }
        events.publishEvent(new GrantClosed(UUID.randomUUID(), clock.instant(), closed.summary(),
                closed.acceptedSpending(), closed.settledAmount(), unpaid.add(refunded).setScale(2),
                refunded.setScale(2), report.getActualAttendance(), report.getHeldFrom(), report.getHeldTo()));
        return closed;
    }

    @Transactional(readOnly = true)
    ReportView find(UUID id, CurrentUser user) {
        applications.find(id, user);
        return reports.findById(id).map(this::view).orElseThrow(() -> DomainException.notFound("Final report", id));
    }

    @Transactional(readOnly = true)
    EvidenceFiles.Content file(UUID id, UUID file, CurrentUser user) {
        applications.find(id, user);
        return evidence.read(id, file).orElseThrow(() -> DomainException.notFound("Evidence file", file));
    }

    private GrantView writableGrant(UUID id, CurrentUser user) {
        GrantView grant = applications.view(id);
        user.requireWritable(grant.societyId());
        return grant;
    }

    private static BigDecimal planned(GrantView grant, String item) {
        return grant.budgetLines().stream().filter(line -> line.item().equals(item)).map(BudgetLine::amount)
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    private ReportView view(FinalReport report) {
        return ReportView.of(report, evidence.list(report.getApplicationId()));
    }
}
