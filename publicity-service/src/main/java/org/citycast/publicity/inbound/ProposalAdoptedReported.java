package org.citycast.publicity.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An expert advice proposal (专家建议) was adopted by the city's leadership. */
public record ProposalAdoptedReported(UUID eventId, Instant time, UUID proposalId, String title, LocalDate adoptedOn) {
}
