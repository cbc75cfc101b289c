package org.citycast.expert.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citycast.expert.platform.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Writes and reads one-sheet workbooks. */
public final class Sheets {

    public static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** A column: its Chinese header, the field name also accepted as header on import, and its value. */
    public record Column<T>(String header, String field, Function<T, Object> value) {
    }

    /** A data row: its 1-based row number as Excel shows it, and its cells by field name as text. */
    public record SheetRow(int number, Map<String, String> cells) {
        public String get(String field) {
            String value = cells.get(field);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private Sheets() {
    }

    /** The sheet as a download named {@code filename}. */
    public static <T> ResponseEntity<byte[]> download(String filename, String sheetName, List<Column<T>> columns,
            List<T> rows) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(write(sheetName, columns, rows));
    }

    public static <T> byte[] write(String sheetName, List<Column<T>> columns, List<T> rows) {
        try (Workbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(rows.get(r));
                    Cell cell = row.createCell(c);
                    if (value == null) {
                        cell.setBlank();
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows under the header row of the first sheet; a header is matched against each column's
     * Chinese header or field name, a row whose cells are all blank is skipped. An unreadable file
     * is a 400 naming {@code file}.
     */
    public static List<SheetRow> read(InputStream xlsx, List<? extends Column<?>> columns) {
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return List.of();
            }
            Map<Integer, String> fieldsByColumn = new HashMap<>();
            for (Cell cell : header) {
                String title = new DataFormatter().formatCellValue(cell).strip();
                columns.stream()
                        .filter(column -> column.header().equals(title) || column.field().equalsIgnoreCase(title))
                        .findFirst()
                        .ifPresent(column -> fieldsByColumn.put(cell.getColumnIndex(), column.field()));
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                fieldsByColumn.forEach((column, field) -> cells.put(field, text(row.getCell(column))));
                if (cells.values().stream().anyMatch(value -> value != null && !value.isBlank())) {
                    rows.add(new SheetRow(r + 1, cells));
                }
            }
            return rows;
        } catch (IOException | RuntimeException unreadable) {
            throw DomainException.invalid("file", "is not a readable xlsx workbook");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                    .toUpperCase(Locale.ROOT);
        }
        return new DataFormatter().formatCellValue(cell);
    }
}
