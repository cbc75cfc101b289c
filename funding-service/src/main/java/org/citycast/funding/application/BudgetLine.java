package org.citycast.funding.application;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.relational.core.mapping.Table;

/** One line of an application's budget: what the money is for and how much. */
@Table("budget_line")
public record BudgetLine(
        @NotBlank @Size(max = 100) String item,
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
}
