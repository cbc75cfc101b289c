package org.citycast.funding.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A year's grants counted for the work report. A grant's committed and disbursed money is its
 * approved amount and what was paid until it closes, and what it settled at once closed, so the
 * sums match the allocations' own.
 */
public record GrantFigures(int year, long applications, Map<GrantStatus, Long> byStatus, List<Group> byCategory,
        List<Group> byTag) {

    public record Group(String code, String label, long applications, long funded, BigDecimal requested,
            BigDecimal committed, BigDecimal disbursed) {
    }
}
