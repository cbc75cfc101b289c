package org.citycast.society.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.citycast.society.registration.DisciplineCategory;

/**
 * The register as an xlsx sheet with Chinese headers, as staff keep it today. The same headers
 * are read back on import, in any column order; a header may also be the field's English name.
 */
final class SocietyWorkbook {

    record Column(String header, String field, Function<SocietyListItem, Object> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("名称", "name", SocietyListItem::name),
            new Column("简称", "shortName", SocietyListItem::shortName),
            new Column("学科门类", "disciplineCategory", item -> item.disciplineCategory().label()),
            new Column("挂靠单位", "hostUnit", SocietyListItem::hostUnit),
            new Column("状态", "status", item -> item.status().label()),
            new Column("健康状况", "healthTier", item -> item.healthTier().label()),
            new Column("统一社会信用代码", "creditCode", SocietyListItem::creditCode),
            new Column("登记日期", "registeredOn", SocietyListItem::registeredOn),
            new Column("成立日期", "foundedOn", SocietyListItem::foundedOn),
            new Column("加入日期", "joinedOn", SocietyListItem::joinedOn),
            new Column("个人会员数", "individualMembers", SocietyListItem::individualMembers),
            new Column("单位会员数", "unitMembers", SocietyListItem::unitMembers),
            new Column("资产（元）", "assets", SocietyListItem::assets),
            new Column("地址", "address", SocietyListItem::address),
            new Column("法定代表人", "legalRepresentative", SocietyListItem::legalRepresentative),
            new Column("党组织", "partyOrganisation", item -> item.partyOrganisation().label()));

    private SocietyWorkbook() {
    }

    static byte[] write(List<SocietyListItem> societies) {
        try (Workbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("学会名录");
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
            for (int r = 0; r < societies.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Object value = COLUMNS.get(c).value().apply(societies.get(r));
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
                sheet.setColumnWidth(c, 20 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data row: its 1-based row number as shown in Excel, and its cells by field name as text. */
    record SheetRow(int number, Map<String, String> cells) {
        String get(String field) {
            String value = cells.get(field);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** Reads the first sheet; a row whose cells are all blank is skipped. */
    static List<SheetRow> read(InputStream xlsx) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return List.of();
            }
            Map<Integer, String> fieldsByColumn = new HashMap<>();
            for (Cell cell : header) {
                String title = new DataFormatter().formatCellValue(cell).strip();
                COLUMNS.stream()
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
        }
    }

    static DisciplineCategory category(String text) {
        for (DisciplineCategory category : DisciplineCategory.values()) {
            if (category.label().equals(text) || category.name().equalsIgnoreCase(text)) {
                return category;
            }
        }
        throw new IllegalArgumentException("is not one of the eight categories ("
                + String.join("、", Arrays.stream(DisciplineCategory.values()).map(DisciplineCategory::label)
                        .toList()) + ")");
    }

    static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date like 2016-05-20");
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
