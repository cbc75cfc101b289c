package org.citycast.expert.pool;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** One admission of an expert to a pool, and how it ended; ended ones stay as history. */
@Table("pool_membership")
public record Membership(String pool, MembershipStatus status, LocalDate admittedOn, LocalDate endedOn,
        String endReason, UUID nominationId) {

    public boolean active() {
        return status == MembershipStatus.ACTIVE;
    }

    Membership ended(MembershipStatus how, LocalDate on, String reason) {
        return new Membership(pool, how, admittedOn, on, reason, nominationId);
    }
}
