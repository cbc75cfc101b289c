package org.citycast.expert.pool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An expert's admissions, departures and nominations, oldest first. */
public record ExpertHistory(UUID expertId, String name, List<Seat> memberships, List<Nomination> nominations) {

    public record Seat(String pool, String poolName, MembershipStatus status, LocalDate admittedOn, LocalDate endedOn,
            String reason) {
    }

    public record Nomination(UUID id, String pool, String poolName, UUID societyId, String societyName,
            PoolNomination.Status status, Instant nominatedAt, Instant decidedAt) {
    }
}
