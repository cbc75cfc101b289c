package org.citycast.society.evaluation;

public enum AssessmentStatus {
    ASSIGNED,
    SCORED,
    /** The assessor stood aside (回避) for a conflict they declared. */
    RECUSED
}
