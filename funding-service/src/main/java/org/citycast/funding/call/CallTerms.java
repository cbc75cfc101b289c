package org.citycast.funding.call;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What ADMIN writes into a call. Without a rubric, the association's default one is used. */
public record CallTerms(
        @Min(2000) @Max(2100) int year,
        @NotBlank @Size(max = 120) String title,
        @Size(max = 4000) String description,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn,
        @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal maxPerGrant,
        @NotEmpty @Size(max = 20) List<@NotBlank String> categories,
        @Valid @Size(max = 10) List<Criterion> rubric) {

    static final List<Criterion> DEFAULT_RUBRIC = List.of(
            new Criterion("significance", "学术与社会价值", 40),
            new Criterion("feasibility", "方案可行性", 30),
            new Criterion("budget", "预算合理性", 30));

    CallTerms withDefaults() {
        return rubric == null || rubric.isEmpty()
                ? new CallTerms(year, title, description, opensOn, closesOn, maxPerGrant, categories, DEFAULT_RUBRIC)
                : this;
    }
}
