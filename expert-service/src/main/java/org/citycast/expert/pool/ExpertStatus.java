package org.citycast.expert.pool;

/** Where an expert stands: nominated but never admitted, in at least one pool, or out of every pool. */
public enum ExpertStatus {
    CANDIDATE, ADMITTED, FORMER
}
