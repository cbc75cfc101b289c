package org.citycast.society.figures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.citycast.society.evaluation.SocietyGrades;
import org.citycast.society.functiontransfer.FunctionTransferService;

/**
 * What the work report counts for a year. Status, health-tier and party counts describe the
 * register as it stood at {@code asOf} (the end of the year, or now for the current year);
 * {@code activeAtStartOfYear} counts the active societies as the year began; the rest are events within
 * the year (Asia/Shanghai). {@code grades} counts the evaluation grades confirmed within the year by
 * the level given and those in force at {@code asOf}; {@code functionTransfers} the projects awarded
 * within the year with their contract amounts.
 */
record YearFigures(int year, Instant asOf, long societies, long activeAtStartOfYear, Map<String, Long> byStatus,
        Map<String, Long> activeByHealthTier, long joined, long founded, PartyCoverage partyCoverage,
        Map<String, Long> inspectionsByOutcome, long reElectionsHeld, long disqualifications, long deregistrations,
        SocietyGrades.YearCounts grades, FunctionTransferService.YearCounts functionTransfers) {

    /** Active societies whose party organisation is set up, of all active societies. */
    record PartyCoverage(long covered, long active, BigDecimal percent) {
    }
}
