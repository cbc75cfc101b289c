package org.citycast.society.evaluation;

public enum GradeStatus {
    IN_FORCE,
    /** No longer in force: see the lapse cause. */
    LAPSED
}
