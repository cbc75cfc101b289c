package org.citycast.society.evaluation;

/** Why a grade stopped being in force. */
public enum LapseCause {
    /** Its validity ended. */
    EXPIRED,
    /** ADMIN revoked it, with a reason. */
    REVOKED,
    /** The society lost its membership. */
    DISQUALIFIED,
    /** The society was deregistered. */
    DEREGISTERED,
    /** A later grading replaced it. */
    SUPERSEDED
}
