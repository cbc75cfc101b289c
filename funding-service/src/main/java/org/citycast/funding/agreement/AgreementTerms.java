package org.citycast.funding.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What ADMIN records of a signed agreement. Without {@code reportDueOn} the final report is due
 * {@code platform.funding.report-due-days} after the activity's planned end.
 */
public record AgreementTerms(
        @NotNull LocalDate signedOn,
        LocalDate reportDueOn,
        @Size(max = 4000) String terms,
        @NotEmpty @Size(max = 12) @Valid List<PlannedTranche> tranches) {

    public record PlannedTranche(
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @NotNull LocalDate dueOn,
            @Size(max = 200) String condition) {
    }
}
