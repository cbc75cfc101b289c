package org.citycast.funding.acquittal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The final report a society writes: what happened and what each budget line actually cost.
 * A line's planned amount is taken from the application's budget line of the same item.
 */
public record ReportForm(
        @NotBlank @Size(max = 4000) String summary,
        @PositiveOrZero Integer actualAttendance,
        LocalDate heldFrom,
        LocalDate heldTo,
        @NotEmpty @Size(max = 50) @Valid List<ActualLine> lines) {

    public record ActualLine(
            @NotBlank @Size(max = 100) String item,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal actual) {
    }
}
