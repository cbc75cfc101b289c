package org.citycast.society.inspection;

public enum InspectionStatus {
    /** Waiting for the society's annual work report (or its corrected version after a return). */
    PENDING,
    REPORT_FILED,
    /** Passed the association's pre-review (初审). */
    PRE_REVIEWED,
    /** Sent on to civil affairs. */
    FORWARDED,
    /** Civil affairs returned its outcome. */
    COMPLETED,
    /** The report deadline passed without a report. */
    MISSED,
    /** Registered less than six months before the end of the inspected year. */
    EXEMPT
}
