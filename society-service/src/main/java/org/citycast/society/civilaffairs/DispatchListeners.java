package org.citycast.society.civilaffairs;

import java.time.Clock;

import org.citycast.society.inspection.AnnualInspectionForwarded;
import org.citycast.society.registration.DeregistrationStage;
import org.citycast.society.registration.SocietyRegister;
import org.citycast.society.registration.Society;
import org.citycast.society.registration.SocietyStatus;
import org.citycast.society.registration.SocietyStatusChanged;
import org.citycast.society.registration.SocietySummary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the association's decisions into dispatches for civil affairs. Each listener only writes
 * a row of the dispatch outbox, in its own transaction after the decision committed; the
 * {@link DispatchSender} does the talking, so a civil-affairs outage never holds up the register.
 */
@Component
class DispatchListeners {

    private final Dispatches dispatches;
    private final SocietyRegister register;
    private final Clock clock;

    DispatchListeners(Dispatches dispatches, SocietyRegister register, Clock clock) {
        this.dispatches = dispatches;
        this.register = register;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = "civilaffairs.dispatch-pre-approval-or-consent")
    void onStatusChanged(SocietyStatusChanged event) {
        SocietySummary society = event.society();
        if (society.status() == SocietyStatus.PRE_APPROVED && event.previousStatus() != SocietyStatus.PRE_APPROVED) {
            // members and assets are not in the event; they are read now, moments after the pre-approval
            Society current = register.get(society.id());
            dispatches.add(DispatchKind.PRE_APPROVAL, society.id(), source(event), new DispatchPayloads.PreApproval(
                    society.id(), society.name(), society.shortName(), society.hostUnit(),
                    society.disciplineCategory(), current.getIndividualMembers(), current.getUnitMembers(),
                    current.getAssets(), current.getLegalRepresentative(), current.getAddress(), event.occurredAt()),
                    clock.instant());
        } else if (society.deregistrationStage() == DeregistrationStage.CONSENTED) {
            dispatches.add(DispatchKind.DEREGISTRATION_CONSENT, society.id(), source(event),
                    new DispatchPayloads.DeregistrationConsent(society.id(), society.name(), society.creditCode(),
                            event.occurredAt()),
                    clock.instant());
        }
    }

    @ApplicationModuleListener(id = "civilaffairs.dispatch-annual-report")
    void onAnnualReportForwarded(AnnualInspectionForwarded event) {
        dispatches.add(DispatchKind.ANNUAL_REPORT, event.societyId(), "AnnualInspectionForwarded:" + event.eventId(),
                new DispatchPayloads.ForwardedAnnualReport(event.societyId(), event.societyName(), event.creditCode(),
                        event.year(), event.report(), event.occurredAt()),
                clock.instant());
    }

    private static String source(SocietyStatusChanged event) {
        return "SocietyStatusChanged:" + event.eventId();
    }
}
