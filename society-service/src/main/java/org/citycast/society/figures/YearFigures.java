package org.citycast.society.figures;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the work report counts for a year. Status and health-tier counts describe the register
 * as it stands now; the rest are events within the year (Asia/Shanghai).
 */
record YearFigures(int year, long societies, Map<String, Long> byStatus, Map<String, Long> activeByHealthTier,
        long joined, long founded, PartyCoverage partyCoverage, Map<String, Long> inspectionsByOutcome,
        long reElectionsHeld, long disqualifications, long deregistrations) {

    /** Active societies whose party organisation is set up, of all active societies. */
    record PartyCoverage(long covered, long active, BigDecimal percent) {
    }
}
