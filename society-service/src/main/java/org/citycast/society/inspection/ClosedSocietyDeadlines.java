package org.citycast.society.inspection;

import org.citycast.society.registration.SocietyDeregistered;
import org.citycast.society.registration.SocietyDisqualified;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A society that leaves the register owes no annual report any more: its open report deadlines are cancelled. */
@Component
class ClosedSocietyDeadlines {

    private final InspectionService service;

    ClosedSocietyDeadlines(InspectionService service) {
        this.service = service;
    }

    @ApplicationModuleListener(id = "inspection.deadlines-of-disqualified")
    void on(SocietyDisqualified event) {
        service.cancelReportDeadlines(event.society().id(), "学会已被取消会员资格");
    }

    @ApplicationModuleListener(id = "inspection.deadlines-of-deregistered")
    void on(SocietyDeregistered event) {
        service.cancelReportDeadlines(event.society().id(), "学会已注销");
    }
}
