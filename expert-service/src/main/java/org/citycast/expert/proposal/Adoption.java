package org.citycast.expert.proposal;

/** What the leadership made of a proposal. */
public enum Adoption {
    ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED;

    public boolean adopted() {
        return this != NOT_ADOPTED;
    }
}
