package org.citycast.expert.award;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycast.expert.pool.ExpertCard;

/**
 * Recusal (回避): why a reviewer may not review a nomination. Computed from who the reviewer is
 * today (the candidate themself, a member of the nominating society, the candidate's employer) and
 * from what they declared. A conflicted reviewer is never assigned and never shown the nomination.
 */
public final class Recusal {

    public enum Kind {
        SELF, SAME_SOCIETY, SAME_EMPLOYER, DECLARED
    }

    public record Conflict(UUID reviewerId, String reviewerName, Kind kind, String reason) {
    }

    private Recusal() {
    }

    public static List<Conflict> between(ExpertCard reviewer, Nomination nomination) {
        List<Conflict> conflicts = new ArrayList<>();
        if (reviewer.id().equals(nomination.getExpertId())) {
            conflicts.add(new Conflict(reviewer.id(), reviewer.name(), Kind.SELF, "the reviewer is the candidate"));
        }
        if (reviewer.societies().contains(nomination.getSocietyId())) {
            conflicts.add(new Conflict(reviewer.id(), reviewer.name(), Kind.SAME_SOCIETY,
                    "the reviewer belongs to the nominating society"
                            + (nomination.getSocietyName() == null ? "" : " (" + nomination.getSocietyName() + ")")));
        }
        if (!reviewer.employerKey().isEmpty() && reviewer.employerKey().equals(nomination.getEmployerKey())) {
            conflicts.add(new Conflict(reviewer.id(), reviewer.name(), Kind.SAME_EMPLOYER,
                    "the reviewer works for the candidate's employer (" + nomination.getCandidateEmployer() + ")"));
        }
        nomination.declaredConflict(reviewer.id()).ifPresent(declared -> conflicts.add(new Conflict(reviewer.id(),
                reviewer.name(), Kind.DECLARED, "declared: " + declared.reason())));
        return conflicts;
    }

    public static boolean conflicted(ExpertCard reviewer, Nomination nomination) {
        return !between(reviewer, nomination).isEmpty();
    }
}
