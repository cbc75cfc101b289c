package org.citycast.expert.award;

/** In the running, out (did not pass a stage, or an objection was upheld), withdrawn, or commended. */
public enum NominationStatus {
    IN_PROGRESS, NOT_PASSED, WITHDRAWN, COMMENDED
}
