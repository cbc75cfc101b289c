package org.citycast.society.civilaffairs;

import org.citycast.society.platform.FieldProblem;
import java.time.LocalDate;
import java.util.List;

import org.citycast.society.registration.Society;

/** How the inbox applies one kind of message to the register. */
interface MessageHandler<M extends InboundMessage> {

    MessageKind kind();

    Class<M> type();

    /** Rules the annotations cannot say (a credit code's check character, dates not in the future). */
    List<FieldProblem> check(M message, LocalDate today);

    Readiness readiness(M message, Society society);

    /** Makes the change; may throw {@link org.citycast.society.platform.DomainException}. */
    void apply(M message);
}
