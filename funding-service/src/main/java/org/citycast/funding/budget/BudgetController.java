package org.citycast.funding.budget;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.citycast.funding.platform.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/funding/budgets/{year}")
@PreAuthorize("hasRole('ADMIN')")
class BudgetController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Budgets budgets;

    BudgetController(Budgets budgets) {
        this.budgets = budgets;
    }

    record AllocationRequest(@NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    @GetMapping
    BudgetView budget(@PathVariable int year) {
        return budgets.budget(checked(year));
    }

    @PutMapping("/allocations/{category}")
    Allocation allocate(@PathVariable int year, @PathVariable String category,
            @Valid @RequestBody AllocationRequest request) {
        return budgets.allocate(checked(year), category, request.amount());
    }

    /** The year's ledger, oldest first, narrowed by {@code category}, {@code kind} or {@code applicationId}. */
    @GetMapping("/ledger")
    Page<LedgerEntry> ledger(@PathVariable int year, Budgets.LedgerFilter filter,
            Pageable page) {
        return budgets.ledger(checked(year), filter, page);
    }

    @GetMapping("/ledger.xlsx")
    ResponseEntity<byte[]> ledgerWorkbook(@PathVariable int year, Budgets.LedgerFilter filter) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(year + "年度资助台账.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(LedgerWorkbook.write(budgets.budget(checked(year)), budgets.ledger(year, filter)));
    }

    /**
     * Checked here rather than with constraint annotations: with those on a path variable, a bad
     * body would be reported under the parameter's name instead of its own fields.
     */
    private static int checked(int year) {
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("year", "must be between 2000 and 2100");
        }
        return year;
    }
}
