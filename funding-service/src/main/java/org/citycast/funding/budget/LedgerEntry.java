package org.citycast.funding.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One movement of an allocation and the balances it left behind. */
public record LedgerEntry(UUID id, int year, String categoryCode, UUID applicationId, LedgerKind kind,
        BigDecimal amount, BigDecimal allocated, BigDecimal committed, BigDecimal available, BigDecimal disbursed,
        Instant at, String actor, String note) {
}
