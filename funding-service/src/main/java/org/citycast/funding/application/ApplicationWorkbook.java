package org.citycast.funding.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Applications as an xlsx sheet with Chinese headers. */
final class ApplicationWorkbook {

    record Column(String header, Function<GrantView, Object> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("申请编号", view -> view.id().toString()),
            new Column("学会", GrantView::societyName),
            new Column("项目名称", GrantView::title),
            new Column("年度", GrantView::year),
            new Column("类别", GrantView::categoryName),
            new Column("子项", GrantView::subItemName),
            new Column("标记", GrantView::tagLabel),
            new Column("状态", GrantView::statusLabel),
            new Column("计划开始", GrantView::plannedStart),
            new Column("计划结束", GrantView::plannedEnd),
            new Column("地点", GrantView::venue),
            new Column("预计人数", GrantView::expectedAttendance),
            new Column("协办单位", view -> String.join("、", view.coOrganisers())),
            new Column("申请金额（元）", GrantView::requestedAmount),
            new Column("评审得分", GrantView::reviewScore),
            new Column("批准金额（元）", GrantView::approvedAmount),
            new Column("已拨付（元）", GrantView::disbursedAmount),
            new Column("结项报告截止", GrantView::reportDueOn),
            new Column("结算金额（元）", GrantView::settledAmount));

    private ApplicationWorkbook() {
    }

    static byte[] write(List<GrantView> applications) {
        try (Workbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("资助申请");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(COLUMNS.get(c).header());
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < applications.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Object value = COLUMNS.get(c).value().apply(applications.get(r));
                    Cell cell = row.createCell(c);
                    if (value == null) {
                        cell.setBlank();
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof BigDecimal amount) {
                        // a spreadsheet number holds yuan with fen exactly up to 15 significant digits
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(money);
                    } else if (value instanceof Integer count) {
                        cell.setCellValue(count);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
