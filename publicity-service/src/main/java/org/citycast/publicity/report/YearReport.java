package org.citycast.publicity.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A year's report data: every figure by its key (a figure the data cannot give is absent, never
 * zero), and the breakdowns behind the charts.
 */
record YearReport(int year, Instant asOf, Map<String, Object> figures, Breakdown breakdown) {

    record Breakdown(Map<String, Long> societiesByStatus, Map<String, Long> activeByHealthTier,
            Map<String, Long> inspectionsByOutcome, Map<String, Object> grantedByTag, Map<String, Long> grantsByTag,
            Map<String, Long> poolSizes, Map<String, Long> articlesByColumn, Map<String, Long> articlesByChannel,
            List<Long> visitsByMonth, List<Long> visitsByMonthYearBefore) {
    }

    /** The figures in the catalogue's order, for tables. */
    Map<Figure, Object> table() {
        Map<Figure, Object> table = new LinkedHashMap<>();
        for (Figure figure : Figure.ALL) {
            table.put(figure, figures.get(figure.key()));
        }
        return table;
    }
}
