package org.citycast.society.evaluation;

public enum RoundStatus {
    /** Societies apply with their self-assessment, until the closing date. */
    OPEN,
    /** Applications closed; assessors score them. */
    SCORING,
    /** The proposed grades are on public notice (公示). */
    ON_NOTICE,
    /** ADMIN confirmed the grades. */
    CLOSED
}
