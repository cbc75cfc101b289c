package org.citycast.funding.financing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record LinkView(UUID id, UUID societyId, String societyName, String institution, Instrument instrument,
        String instrumentLabel, BigDecimal amount, LocalDate startsOn, LocalDate endsOn, String note,
        String recordedBy, Instant recordedAt, Instant updatedAt) {
}
