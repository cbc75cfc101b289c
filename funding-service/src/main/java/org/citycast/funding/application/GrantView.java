package org.citycast.funding.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycast.funding.catalogue.ActivityTag;

/** An application or grant as its society, ADMIN and (while assigned) its reviewers read it. */
public record GrantView(UUID id, UUID societyId, String societyName, UUID callId, int year, String categoryCode,
        String categoryName, String subItemCode, String subItemName, ActivityTag tag, String tagLabel, String title,
        LocalDate plannedStart, LocalDate plannedEnd, String venue, Integer expectedAttendance,
        List<String> coOrganisers, List<BudgetLine> budgetLines, BigDecimal requestedAmount, GrantStatus status,
        String statusLabel, String statusComment, Instant submittedAt, BigDecimal reviewScore,
        BigDecimal approvedAmount, Instant decidedAt, LocalDate signedOn, LocalDate reportDueOn,
        LocalDate overdueSince, BigDecimal disbursedAmount, BigDecimal acceptedSpending, BigDecimal settledAmount,
        Instant closedAt, String createdBy, Instant createdAt, Instant updatedAt) {

    static GrantView of(GrantApplication a, String categoryName, String subItemName) {
        return new GrantView(a.getId(), a.getSocietyId(), a.getSocietyName(), a.getCallId(), a.getYear(),
                a.getCategoryCode(), categoryName, a.getSubItemCode(), subItemName, a.getTag(), a.getTag().label(),
                a.getTitle(), a.getPlannedStart(), a.getPlannedEnd(), a.getVenue(), a.getExpectedAttendance(),
                a.coOrganiserNames(), List.copyOf(a.getBudgetLines()), a.getRequestedAmount(), a.getStatus(),
                a.getStatus().label(), a.getStatusComment(), a.getSubmittedAt(), a.getReviewScore(),
                a.getApprovedAmount(), a.getDecidedAt(), a.getSignedOn(), a.getReportDueOn(), a.getOverdueSince(),
                a.getDisbursedAmount(), a.getAcceptedSpending(), a.getSettledAmount(), a.getClosedAt(),
                a.getCreatedBy(), a.getCreatedAt(), a.getUpdatedAt());
    }

    /** The grant as events carry it: what the year's work report and the society's page need. */
    public GrantSummary summary() {
        return new GrantSummary(id, societyId, societyName, callId, year, categoryCode, categoryName, subItemCode,
                subItemName, tag, title, plannedStart, plannedEnd, venue, requestedAmount, approvedAmount,
                disbursedAmount, status);
    }
}
