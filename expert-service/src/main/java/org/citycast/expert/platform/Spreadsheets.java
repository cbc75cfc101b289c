package org.citycast.expert.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Workbooks (xlsx, Apache POI) as staff keep them: each sheet a bold, frozen row of Chinese headers
 * over one row per record, with dates, times and money as real cells. An import reads the first
 * sheet by its headers, in any column order, streaming it with caps on upload size, rows and how
 * far any part may inflate.
 */
public final class Spreadsheets {

    public static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;
    /** What any one part of a workbook may inflate to; a sheet of a few thousand rows is a few megabytes. */
    static final long MAX_PART_BYTES = 16L * 1024 * 1024;

    static {
        // POI's guard is JVM-wide; every workbook a service reads comes through here
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    /** A column: its header, the field name also accepted as its header on import, and its value in a row. */
    public record Column<T>(String header, String field, Function<? super T, ?> value) {

        /** A column that is only written. */
        public Column(String header, Function<? super T, ?> value) {
            this(header, null, value);
        }
    }

    /** A data row read back: its 1-based row number as Excel shows it, and its cells by field name as text. */
    public record SheetRow(int number, Map<String, String> cells) {
        public String get(String field) {
            String value = cells.get(field);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private Spreadsheets() {
    }

    /** A one-sheet workbook as a download named {@code filename}. */
    public static <T> ResponseEntity<byte[]> download(String filename, String sheetName, List<Column<T>> columns,
            List<? extends T> rows) {
        return workbook().sheet(sheetName, columns, rows).download(filename);
    }

    public static Workbook workbook() {
        return new Workbook();
    }

    /** A workbook being written, sheet by sheet. */
    public static final class Workbook {

        private final XSSFWorkbook workbook = new XSSFWorkbook();
        private final CellStyle bold = workbook.createCellStyle();
        private final CellStyle date = format("yyyy-mm-dd");
        private final CellStyle time = format("yyyy-mm-dd hh:mm");
        private final CellStyle money = format("#,##0.00");

        private Workbook() {
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
        }

        public <T> Workbook sheet(String name, List<Column<T>> columns, List<? extends T> rows) {
            Sheet sheet = workbook.createSheet(name);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, 18 * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    write(row.createCell(c), columns.get(c).value().apply(rows.get(r)));
                }
            }
            sheet.createFreezePane(0, 1);
            return this;
        }

        public byte[] bytes() {
            try (workbook; var out = new ByteArrayOutputStream()) {
                workbook.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public ResponseEntity<byte[]> download(String filename) {
            return ResponseEntity.ok()
                    .contentType(XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(filename, StandardCharsets.UTF_8).build().toString())
                    .body(bytes());
        }

        private void write(Cell cell, Object value) {
            if (value == null) {
                cell.setBlank();
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value instanceof LocalDateTime at) {
                cell.setCellValue(at);
                cell.setCellStyle(time);
            } else if (value instanceof BigDecimal amount) {
                // a spreadsheet number holds yuan with fen exactly up to 15 significant digits
                cell.setCellValue(amount.doubleValue());
                cell.setCellStyle(money);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }

        private CellStyle format(String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(pattern));
            return style;
        }
    }

    /**
     * The data rows of the first sheet, its cells keyed by the field whose column's header (or field
     * name) heads them; a row whose cells are all blank is skipped. The sheet is streamed (SAX), so it
     * costs memory by its rows, not by how far it inflates. Anything unreadable, an upload over
     * {@link #MAX_UPLOAD_BYTES}, a part inflating past {@link #MAX_PART_BYTES} (or more than a
     * hundredfold, POI's own guard) or a sheet of more than {@code maxRows} rows is refused naming
     * {@code file}, as soon as it is seen.
     */
    public static List<SheetRow> read(InputStream xlsx, List<? extends Column<?>> columns, int maxRows) {
        Path file = null;
        try {
            file = Files.createTempFile("import", ".xlsx");
            try (var out = Files.newOutputStream(file)) {
                if (xlsx.transferTo(out) > MAX_UPLOAD_BYTES) {
                    throw DomainException.invalid("file", "is larger than " + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB");
                }
            }
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return List.of();
                }
                StylesTable styles = reader.getStylesTable();
                var rows = new Rows(columns, maxRows);
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles != null ? styles : new StylesTable(),
                            null, new ReadOnlySharedStringsTable(workbook), rows, new PlainText(), false));
                    parser.parse(new InputSource(sheet));
                } catch (TooManyRows tooMany) {
                    throw DomainException.invalid("file", "has more than " + maxRows + " data rows; import it in parts");
                }
                return rows.rows;
            }
        } catch (DomainException refused) {
            throw refused;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                | NotOfficeXmlFileException | EmptyFileException | IllegalStateException unreadable) {
            throw DomainException.invalid("file", "is not a readable xlsx workbook, or one that inflates beyond "
                    + MAX_PART_BYTES / (1024 * 1024) + " MB");
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thrown from inside the parser to stop it at the first row over the limit. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Collects the rows under the header row, cells keyed by the field their column's header names. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<? extends Column<?>> columns;
        private final int maxRows;
        private final List<SheetRow> rows = new ArrayList<>();
        private final Map<Integer, String> fieldsByColumn = new HashMap<>();
        private Integer headerRow;
        private Map<String, String> cells;
        private int nextColumn;

        Rows(List<? extends Column<?>> columns, int maxRows) {
            this.columns = columns;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new HashMap<>();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            if (headerRow == null) {
                String title = value == null ? "" : value.strip();
                columns.stream()
                        .filter(c -> c.field() != null && (c.header().equals(title) || c.field().equalsIgnoreCase(title)))
                        .findFirst()
                        .ifPresent(c -> fieldsByColumn.put(column, c.field()));
                return;
            }
            String field = fieldsByColumn.get(column);
            if (field != null) {
                cells.put(field, value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (headerRow == null) {
                headerRow = rowNum;
                return;
            }
            if (cells.values().stream().anyMatch(value -> value != null && !value.isBlank())) {
                if (rows.size() == maxRows) {
                    throw new TooManyRows();
                }
                rows.add(new SheetRow(rowNum + 1, cells));
            }
        }
    }

    /** Cell text as an import reads it: dates as ISO dates, numbers in plain notation, whatever their format. */
    private static final class PlainText extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().toUpperCase(Locale.ROOT);
        }
    }
}
