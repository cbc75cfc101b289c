package org.citycast.society.civilaffairs;

import org.citycast.society.platform.FieldProblem;
import java.time.LocalDate;
import java.util.List;

import org.citycast.society.civilaffairs.InboundMessages.DeregistrationConfirmation;
import org.citycast.society.registration.DeregistrationStage;
import org.citycast.society.registration.RegistrationService;
import org.citycast.society.registration.Society;
import org.citycast.society.registration.SocietyStatus;
import org.springframework.stereotype.Component;

/** Civil affairs' confirmation closes a deregistration the association consented to. */
@Component
class DeregistrationConfirmations implements MessageHandler<DeregistrationConfirmation> {

    private final RegistrationService registration;

    DeregistrationConfirmations(RegistrationService registration) {
        this.registration = registration;
    }

    @Override
    public MessageKind kind() {
        return MessageKind.DEREGISTRATION;
    }

    @Override
    public Class<DeregistrationConfirmation> type() {
        return DeregistrationConfirmation.class;
    }

    @Override
    public List<FieldProblem> check(DeregistrationConfirmation message, LocalDate today) {
        return message.deregisteredOn().isAfter(today)
                ? List.of(new FieldProblem("deregisteredOn", "must not be in the future"))
                : List.of();
    }

    @Override
    public Readiness readiness(DeregistrationConfirmation message, Society society) {
        if (society.getStatus() == SocietyStatus.DEREGISTERED) {
            return Readiness.impossible("the society is already deregistered");
        }
        if (society.getStatus() == SocietyStatus.DEREGISTERING
                && society.getDeregistrationStage() == DeregistrationStage.CONSENTED) {
            return Readiness.ready();
        }
        // civil affairs confirmed before the association's consent was recorded here
        return Readiness.notYet("the association has not recorded its consent to deregistration yet (society is "
                + society.getStatus()
                + (society.getDeregistrationStage() == null ? "" : ", stage " + society.getDeregistrationStage()) + ")");
    }

    @Override
    public void apply(DeregistrationConfirmation message) {
        registration.recordDeregistration(message.societyId());
    }
}
