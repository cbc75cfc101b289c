package org.citycast.society.term;

import java.time.LocalDate;
import java.util.UUID;

/** A term as the API shows it and the audit trail remembers it. */
record TermView(UUID id, UUID societyId, int number, LocalDate startedOn, LocalDate endsOn, TermStatus status,
        LocalDate planDueOn, LocalDate planSubmittedOn, LocalDate plannedElectionOn, String planNotes,
        LocalDate postponementRequestedUntil, String postponementReason, PostponementStatus postponementStatus,
        String postponementComment, LocalDate postponedUntil, LocalDate effectiveEnd, LocalDate renewedOn) {

    static TermView of(Term t) {
        return new TermView(t.getId(), t.getSocietyId(), t.getNumber(), t.getStartedOn(), t.getEndsOn(),
                t.getStatus(), t.getPlanDueOn(), t.getPlanSubmittedOn(), t.getPlannedElectionOn(), t.getPlanNotes(),
                t.getPostponementRequestedUntil(), t.getPostponementReason(), t.getPostponementStatus(),
                t.getPostponementComment(), t.getPostponedUntil(), t.effectiveEnd(), t.getRenewedOn());
    }
}
