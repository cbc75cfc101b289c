package org.citycast.society.civilaffairs;

/** Where an inbound message stands. */
enum InboxStatus {
    /** Its change was made to the register. */
    APPLIED,
    /** It came before the society was in the state it needs; it is applied when the society gets there. */
    WAITING,
    /** Invalid, or at odds with the register; kept for ADMIN to review. */
    REJECTED,
    /** Older than a message about the same thing that was already applied; acknowledged, changes nothing. */
    SUPERSEDED
}
