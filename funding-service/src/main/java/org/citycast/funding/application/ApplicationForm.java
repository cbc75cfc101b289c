package org.citycast.funding.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.citycast.funding.catalogue.ActivityTag;

/** What a society writes into an application; a draft may be saved and changed until it is submitted. */
public record ApplicationForm(
        @NotNull UUID callId,
        @NotBlank String subItem,
        @NotNull ActivityTag tag,
        @NotBlank @Size(max = 120) String title,
        @NotNull LocalDate plannedStart,
        @NotNull LocalDate plannedEnd,
        @Size(max = 200) String venue,
        @PositiveOrZero Integer expectedAttendance,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> coOrganisers,
        @NotNull @Valid @Size(max = 50) List<BudgetLine> budgetLines,
        @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal requestedAmount) {
}
