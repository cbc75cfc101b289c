package org.citycast.publicity.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A society held its re-election (换届) on {@code electedOn}. */
public record TermRenewalReported(UUID eventId, Instant time, UUID societyId, String societyName, LocalDate electedOn) {
}
