package org.citycast.society.civilaffairs;

import org.citycast.society.platform.FieldProblem;
import java.time.LocalDate;
import java.util.List;

import org.citycast.society.civilaffairs.InboundMessages.InspectionOutcomeResult;
import org.citycast.society.inspection.AnnualInspection;
import org.citycast.society.inspection.InspectionService;
import org.citycast.society.inspection.InspectionStatus;
import org.citycast.society.registration.Society;
import org.springframework.stereotype.Component;

/** Civil affairs' annual-inspection outcome completes a year the association forwarded. */
@Component
class InspectionOutcomes implements MessageHandler<InspectionOutcomeResult> {

    private final InspectionService inspections;

    InspectionOutcomes(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public MessageKind kind() {
        return MessageKind.INSPECTION_OUTCOME;
    }

    @Override
    public Class<InspectionOutcomeResult> type() {
        return InspectionOutcomeResult.class;
    }

    @Override
    public List<FieldProblem> check(InspectionOutcomeResult message, LocalDate today) {
        return message.year() >= today.getYear()
                ? List.of(new FieldProblem("year", "must be a finished year; a year is inspected in the next one"))
                : List.of();
    }

    @Override
    public Readiness readiness(InspectionOutcomeResult message, Society society) {
        AnnualInspection inspection = inspections.inspectionOf(society.getId(), message.year()).orElse(null);
        if (inspection == null) {
            return Readiness.notYet("the association has not opened the " + message.year() + " inspection round yet");
        }
        return switch (inspection.getStatus()) {
            case FORWARDED -> Readiness.ready();
            case COMPLETED -> inspection.getOutcome() == message.outcome() ? Readiness.ready()
                    : Readiness.impossible("the " + message.year() + " inspection was already completed as "
                            + inspection.getOutcome());
            case PENDING, REPORT_FILED, PRE_REVIEWED ->
                    // civil affairs answered before the association's forwarding was recorded here
                    Readiness.notYet("the association has not forwarded the " + message.year() + " report yet (it is "
                            + inspection.getStatus() + ")");
            case MISSED, EXEMPT -> Readiness.impossible("the " + message.year() + " inspection is "
                    + inspection.getStatus() + (inspection.getStatus() == InspectionStatus.MISSED
                            ? "; no report was forwarded" : ""));
        };
    }

    @Override
    public void apply(InspectionOutcomeResult message) {
        inspections.recordOutcome(message.societyId(), message.year(), message.outcome());
    }
}
