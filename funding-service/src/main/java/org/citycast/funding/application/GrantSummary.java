package org.citycast.funding.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.funding.catalogue.ActivityTag;

/** The grant block every grant event carries (see {@code events/funding.events.md}). */
public record GrantSummary(UUID id, UUID societyId, String societyName, UUID callId, int year, String categoryCode,
        String categoryName, String subItemCode, String subItemName, ActivityTag tag, String title,
        LocalDate plannedStart, LocalDate plannedEnd, String venue, BigDecimal requestedAmount,
        BigDecimal approvedAmount, BigDecimal disbursedAmount, GrantStatus status) {
}
