package org.citycast.funding.financing;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record LinkForm(
        @NotBlank @Size(max = 120) String institution,
        @NotNull Instrument instrument,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @NotNull LocalDate startsOn,
        LocalDate endsOn,
        @Size(max = 1000) String note) {
}
