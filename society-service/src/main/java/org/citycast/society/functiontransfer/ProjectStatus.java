package org.citycast.society.functiontransfer;

public enum ProjectStatus {
    /** Awarded to the society; under way. */
    AWARDED,
    /** The society reported its outcome. */
    DELIVERED,
    /** The commissioning side's evaluation is recorded; the project is closed. */
    EVALUATED,
    /** Ended early by ADMIN, with a reason. */
    TERMINATED
}
