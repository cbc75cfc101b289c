package org.citycast.funding.budget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citycast.funding.platform.AssociationTime;

/** The year's ledger as staff keep it: a summary sheet of the allocations and a sheet of every movement. */
final class LedgerWorkbook {

    private LedgerWorkbook() {
    }

    static byte[] write(BudgetView budget, List<LedgerEntry> entries) {
        try (Workbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet summary = workbook.createSheet("预算");
            header(summary, styles, "类别", "已分配（元）", "已承诺（元）", "可用（元）", "已拨付（元）");
            int r = 1;
            for (Allocation allocation : budget.allocations()) {
                row(summary, r++, styles, allocation.categoryName(), allocation.allocated(), allocation.committed(),
                        allocation.available(), allocation.disbursed());
            }
            row(summary, r, styles, "合计", budget.allocated(), budget.committed(), budget.available(),
                    budget.disbursed());

            Sheet ledger = workbook.createSheet("台账");
            header(ledger, styles, "时间", "类别", "申请编号", "类型", "金额（元）", "已分配（元）", "已承诺（元）",
                    "可用（元）", "已拨付（元）", "经办人", "说明");
            r = 1;
            for (LedgerEntry entry : entries) {
                row(ledger, r++, styles, LocalDateTime.ofInstant(entry.at(), AssociationTime.ZONE), entry.categoryCode(),
                        entry.applicationId() == null ? null : entry.applicationId().toString(), entry.kind().label(),
                        entry.amount(), entry.allocated(), entry.committed(), entry.available(), entry.disbursed(),
                        entry.actor(), entry.note());
            }
            for (Sheet sheet : List.of(summary, ledger)) {
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < 11; c++) {
                    sheet.setColumnWidth(c, 18 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle bold, CellStyle money, CellStyle time) {
        Styles(Workbook workbook) {
            this(workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle());
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
            time.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        }
    }

    private static void header(Sheet sheet, Styles styles, String... titles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(styles.bold());
        }
    }

    private static void row(Sheet sheet, int index, Styles styles, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            Object value = values[c];
            if (value == null) {
                cell.setBlank();
            } else if (value instanceof BigDecimal amount) {
                // a spreadsheet number holds yuan with fen exactly up to 15 significant digits
                cell.setCellValue(amount.doubleValue());
                cell.setCellStyle(styles.money());
            } else if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
                cell.setCellStyle(styles.time());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
