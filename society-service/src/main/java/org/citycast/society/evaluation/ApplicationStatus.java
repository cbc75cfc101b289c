package org.citycast.society.evaluation;

public enum ApplicationStatus {
    /** Applied with its self-assessment; assessors are assigned and score it. */
    SUBMITTED,
    /** Scored; its proposed grade (or none, below the lowest band) is on public notice. */
    PROPOSED,
    /** ADMIN confirmed the grade. */
    GRADED,
    /** Scored below the lowest band, or excluded by the time of confirmation. */
    NOT_GRADED,
    /** ADMIN rejected it, with a reason (an objection upheld during the notice, a false statement ...). */
    REJECTED,
    /** The society withdrew it. */
    WITHDRAWN
}
