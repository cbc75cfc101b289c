package org.citycast.society.civilaffairs;

import org.citycast.society.platform.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.citycast.society.civilaffairs.InboundMessages.RegistrationResult;
import org.citycast.society.registration.CreditCode;
import org.citycast.society.registration.RegistrationService;
import org.citycast.society.registration.Society;
import org.springframework.stereotype.Component;

/** A registration result makes a pre-approved society active with its credit code. */
@Component
class RegistrationResults implements MessageHandler<RegistrationResult> {

    private final RegistrationService registration;

    RegistrationResults(RegistrationService registration) {
        this.registration = registration;
    }

    @Override
    public MessageKind kind() {
        return MessageKind.REGISTRATION;
    }

    @Override
    public Class<RegistrationResult> type() {
        return RegistrationResult.class;
    }

    @Override
    public List<FieldProblem> check(RegistrationResult message, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        CreditCode.check(message.creditCode()).error()
                .ifPresent(error -> problems.add(new FieldProblem("creditCode", error)));
        if (message.certificateDate().isAfter(today)) {
            problems.add(new FieldProblem("certificateDate", "must not be in the future"));
        }
        return problems;
    }

    @Override
    public Readiness readiness(RegistrationResult message, Society society) {
        return switch (society.getStatus()) {
            case PRE_APPROVED -> Readiness.ready();
            // civil affairs answered before the association's pre-approval was recorded here
            case DRAFT, SUBMITTED -> Readiness.notYet("the association has not recorded its pre-approval yet (society is "
                    + society.getStatus() + ")");
            default -> Readiness.impossible("a society that is " + society.getStatus() + " cannot be registered");
        };
    }

    @Override
    public void apply(RegistrationResult message) {
        registration.recordRegistration(message.societyId(), message.creditCode(), message.certificateDate());
    }
}
