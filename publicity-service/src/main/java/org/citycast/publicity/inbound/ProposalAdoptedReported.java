package org.citycast.publicity.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The city's leadership adopted an expert advice proposal (专家建议), wholly ({@code ADOPTED}) or in part
 * ({@code PARTLY_ADOPTED}), on {@code answeredOn}; {@code year} is the proposal's year, which the report
 * counts it in.
 */
public record ProposalAdoptedReported(UUID eventId, Instant time, UUID proposalId, String title, String adoption,
        LocalDate answeredOn, int year) {
}
