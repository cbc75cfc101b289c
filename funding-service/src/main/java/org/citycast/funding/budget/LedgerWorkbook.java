package org.citycast.funding.budget;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.citycast.funding.platform.AssociationTime;
import org.citycast.funding.platform.Spreadsheets;
import org.citycast.funding.platform.Spreadsheets.Column;

/** The year's ledger as staff keep it: a summary sheet of the allocations and a sheet of every movement. */
final class LedgerWorkbook {

    /** A line of the summary: a category's allocation, or the year's total. */
    private record Line(String category, BigDecimal allocated, BigDecimal committed, BigDecimal available,
            BigDecimal disbursed) {
    }

    private static final List<Column<Line>> SUMMARY = List.of(
            new Column<>("类别", Line::category),
            new Column<>("已分配（元）", Line::allocated),
            new Column<>("已承诺（元）", Line::committed),
            new Column<>("可用（元）", Line::available),
            new Column<>("已拨付（元）", Line::disbursed));

    private static final List<Column<LedgerEntry>> MOVEMENTS = List.of(
            new Column<>("时间", entry -> LocalDateTime.ofInstant(entry.at(), AssociationTime.ZONE)),
            new Column<>("类别", LedgerEntry::categoryCode),
            new Column<>("申请编号", LedgerEntry::applicationId),
            new Column<>("类型", entry -> entry.kind().label()),
            new Column<>("金额（元）", LedgerEntry::amount),
            new Column<>("已分配（元）", LedgerEntry::allocated),
            new Column<>("已承诺（元）", LedgerEntry::committed),
            new Column<>("可用（元）", LedgerEntry::available),
            new Column<>("已拨付（元）", LedgerEntry::disbursed),
            new Column<>("经办人", LedgerEntry::actor),
            new Column<>("说明", LedgerEntry::note));

    private LedgerWorkbook() {
    }

    static Spreadsheets.Workbook of(BudgetView budget, List<LedgerEntry> entries) {
        List<Line> lines = new ArrayList<>();
        for (Allocation allocation : budget.allocations()) {
            lines.add(new Line(allocation.categoryName(), allocation.allocated(), allocation.committed(),
                    allocation.available(), allocation.disbursed()));
        }
        lines.add(new Line("合计", budget.allocated(), budget.committed(), budget.available(), budget.disbursed()));
        return Spreadsheets.workbook().sheet("预算", SUMMARY, lines).sheet("台账", MOVEMENTS, entries);
    }
}
