package org.citycast.society.civilaffairs;

import org.citycast.society.inspection.AnnualInspectionForwarded;
import org.citycast.society.registration.SocietyStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tries a society's waiting messages as soon as the society moves: a registration result that
 * came before the pre-approval, an inspection outcome before the forwarding, or a deregistration
 * confirmation that came before the consent,
 * is applied right after the step it waited for. The scheduled sweep catches anything missed.
 */
@Component
class InboxListeners {

    private final Inbox inbox;

    InboxListeners(Inbox inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener(id = "civilaffairs.retry-waiting-on-status-change")
    void onStatusChanged(SocietyStatusChanged event) {
        inbox.retryWaiting(event.society().id());
    }

    /** An inspection outcome that came before the association forwarded the report. */
    @ApplicationModuleListener(id = "civilaffairs.retry-waiting-on-report-forwarded")
    void onReportForwarded(AnnualInspectionForwarded event) {
        inbox.retryWaiting(event.societyId());
    }
}
