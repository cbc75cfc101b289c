package org.citycast.society.term;

import org.citycast.society.registration.SocietyDeregistered;
import org.citycast.society.registration.SocietyDisqualified;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A society that leaves the register holds no re-election: its current term's deadlines are cancelled. */
@Component
class ClosedSocietyTermDeadlines {

    private final TermService service;

    ClosedSocietyTermDeadlines(TermService service) {
        this.service = service;
    }

    @ApplicationModuleListener(id = "term.deadlines-of-disqualified")
    void on(SocietyDisqualified event) {
        service.cancelDeadlines(event.society().id(), "学会已被取消会员资格");
    }

    @ApplicationModuleListener(id = "term.deadlines-of-deregistered")
    void on(SocietyDeregistered event) {
        service.cancelDeadlines(event.society().id(), "学会已注销");
    }
}
