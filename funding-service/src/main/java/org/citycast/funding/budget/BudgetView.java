package org.citycast.funding.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** A year's budget: the allocations and their totals. */
public record BudgetView(int year, BigDecimal allocated, BigDecimal committed, BigDecimal available,
        BigDecimal disbursed, List<Allocation> allocations) {

    static BudgetView of(int year, List<Allocation> allocations) {
        return new BudgetView(year, sum(allocations, Allocation::allocated), sum(allocations, Allocation::committed),
                sum(allocations, Allocation::available), sum(allocations, Allocation::disbursed), allocations);
    }

    private static BigDecimal sum(List<Allocation> allocations,
            Function<Allocation, BigDecimal> amount) {
        return allocations.stream().map(amount).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }
}
