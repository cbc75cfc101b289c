package org.citycast.expert.pool;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citycast.expert.platform.FieldProblem;

/**
 * A pool nomination as an answer. The committee's individual votes are shown to ADMIN and the
 * committee; a secretary sees the tally. {@code admissionProblems} lists the pool rules the expert's
 * profile does not meet today.
 */
public record PoolNominationView(UUID id, String pool, String poolName, PoolNomination.Status status, UUID societyId,
        String societyName, String note, ExpertView expert, String nominatedBy, Instant nominatedAt,
        long approvals, long rejections, List<Vote> votes, String decidedBy, Instant decidedAt, String decisionReason,
        List<FieldProblem> admissionProblems) {
}
