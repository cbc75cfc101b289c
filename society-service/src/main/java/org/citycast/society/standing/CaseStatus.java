package org.citycast.society.standing;

public enum CaseStatus {
    /** The letter is drafted and waits for ADMIN. */
    DRAFTED,
    /** ADMIN confirmed; the society is disqualified. */
    CONFIRMED,
    /** ADMIN decided the society stays. */
    DISMISSED
}
