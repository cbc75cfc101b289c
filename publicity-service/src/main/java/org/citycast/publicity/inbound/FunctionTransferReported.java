package org.citycast.publicity.inbound;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A function transferred from government (or a service it purchases) was awarded to a society. */
public record FunctionTransferReported(UUID eventId, Instant time, UUID societyId, UUID projectId, String kind,
        BigDecimal contractAmount, LocalDate awardedOn) {
}
