package org.citycast.expert.pool;

import java.time.LocalDate;
import java.util.Map;

/** Pool sizes on a day: experts in any pool, and seats by pool, experts by category and by title level. */
public record PoolFigures(LocalDate asOf, long experts, Map<String, Long> byPool, Map<String, Long> byCategory,
        Map<String, Long> byTitleLevel) {
}
