package org.citycast.funding.call;

/** Where a call stands on a given day, from its dates. */
public enum CallStatus {
    UPCOMING, OPEN, CLOSED
}
