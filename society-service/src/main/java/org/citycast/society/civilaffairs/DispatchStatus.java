package org.citycast.society.civilaffairs;

enum DispatchStatus {
    /** Not delivered yet; the sender tries it when {@code next_attempt_at} comes. */
    PENDING,
    /** Civil affairs accepted it. */
    SENT,
    /** Refused, or failed too often; waits for ADMIN to resend it. */
    FAILED
}
