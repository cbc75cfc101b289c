package org.citycast.expert.pool;

public enum MembershipStatus {
    ACTIVE, LEFT, REMOVED
}
