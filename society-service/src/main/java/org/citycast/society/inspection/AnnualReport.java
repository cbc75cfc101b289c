package org.citycast.society.inspection;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The society's annual work report (年度工作报告): what it did and how its money went, in yuan. */
public record AnnualReport(
        @NotBlank @Size(max = 4000) String summary,
        @NotNull @PositiveOrZero Integer activitiesHeld,
        @NotNull @PositiveOrZero Integer individualMembers,
        @NotNull @PositiveOrZero Integer unitMembers,
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal income,
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal expenditure,
        @NotNull @Digits(integer = 12, fraction = 2) BigDecimal netAssets) {

    /** Yuan to the fen, always written with two places. */
    public AnnualReport {
        income = fen(income);
        expenditure = fen(expenditure);
        netAssets = fen(netAssets);
    }

    private static BigDecimal fen(BigDecimal amount) {
        return amount == null || amount.scale() > 2 ? amount : amount.setScale(2);
    }
}
