package org.citycast.publicity.inbound;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A society partnered with a financial institution (tech-transfer fund, incubator, maker space, loan),
 * in force from {@code startsOn} to {@code endsOn} (open-ended when null).
 */
public record FinancingLinkReported(UUID eventId, Instant time, UUID linkId, UUID societyId, String institution,
        String instrument, BigDecimal amount, LocalDate startsOn, LocalDate endsOn) {
}
