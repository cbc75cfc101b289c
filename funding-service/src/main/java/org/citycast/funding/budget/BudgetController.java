package org.citycast.funding.budget;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    private final Budgets budgets;

    BudgetController(Budgets budgets) {
        this.budgets = budgets;
    }

    record AllocationRequest(@NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    @GetMapping
    BudgetView budget(@PathVariable @Min(2000) @Max(2100) int year) {
        return budgets.budget(year);
    }

    @PutMapping("/allocations/{category}")
    Allocation allocate(@PathVariable @Min(2000) @Max(2100) int year, @PathVariable String category,
            @Valid @RequestBody AllocationRequest request) {
        return budgets.allocate(year, category, request.amount());
    }

    /** The year's ledger, oldest first, narrowed by {@code category}, {@code kind} or {@code applicationId}. */
    @GetMapping("/ledger")
    Page<LedgerEntry> ledger(@PathVariable @Min(2000) @Max(2100) int year, Budgets.LedgerFilter filter,
            Pageable page) {
        return budgets.ledger(year, filter, page);
    }

    @GetMapping("/ledger.xlsx")
    ResponseEntity<byte[]> ledgerWorkbook(@PathVariable @Min(2000) @Max(2100) int year, Budgets.LedgerFilter filter) {
        return LedgerWorkbook.of(budgets.budget(year), budgets.ledger(year, filter))
                .download(year + "年度资助台账.xlsx");
    }
}
