package org.citycast.funding.review;

enum AssignmentStatus {
    /** Assigned, not scored yet. */
    ASSIGNED,
    /** Scored; may be re-scored while the stage is open. */
    SCORED,
    /** Withdrawn from the review for a conflict of interest. */
    RECUSED,
    /** The stage closed before this reviewer scored. */
    LAPSED
}
