package org.citycast.society.inspection;

/** Civil affairs' verdict on a year (合格 / 基本合格 / 不合格). */
public enum InspectionOutcome {
    QUALIFIED,
    BASICALLY_QUALIFIED,
    UNQUALIFIED
}
