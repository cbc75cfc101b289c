package org.citycast.society.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.citycast.society.platform.DomainException;
import org.citycast.society.registration.DisciplineCategory;
import org.citycast.society.registration.HealthTier;
import org.citycast.society.registration.PartyOrganisationForm;
import org.citycast.society.registration.SocietyRegister.Listing;
import org.citycast.society.registration.SocietyStatus;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;

/**
 * The register as an xlsx sheet with Chinese headers, as staff keep it today. The same headers
 * are read back on import, in any column order; a header may also be the field's English name.
 */
final class SocietyWorkbook {

    /** More than a register of a city's societies needs, far less than a heap holds. */
    static final int DEFAULT_MAX_ROWS = 5_000;
    /** What any one part of a workbook may inflate to; a register's sheet is a few hundred kilobytes. */
    static final long MAX_PART_BYTES = 16L * 1024 * 1024;
    static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    static {
        // POI's guard is JVM-wide; this service reads workbooks only here
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    record Column(String header, String field, Function<Listing, Object> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("名称", "name", Listing::name),
            new Column("简称", "shortName", Listing::shortName),
            new Column("学科门类", "disciplineCategory", item -> item.disciplineCategory().label()),
            new Column("挂靠单位", "hostUnit", Listing::hostUnit),
            new Column("状态", "status", item -> item.status().label()),
            new Column("健康状况", "healthTier", item -> item.healthTier().label()),
            new Column("统一社会信用代码", "creditCode", Listing::creditCode),
            new Column("登记日期", "registeredOn", Listing::registeredOn),
            new Column("成立日期", "foundedOn", Listing::foundedOn),
            new Column("加入日期", "joinedOn", Listing::joinedOn),
            new Column("个人会员数", "individualMembers", Listing::individualMembers),
            new Column("单位会员数", "unitMembers", Listing::unitMembers),
            new Column("资产（元）", "assets", Listing::assets),
            new Column("地址", "address", Listing::address),
            new Column("法定代表人", "legalRepresentative", Listing::legalRepresentative),
            new Column("党组织", "partyOrganisation", item -> item.partyOrganisation().label()));

    private SocietyWorkbook() {
    }

    static byte[] write(List<Listing> societies) {
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

    /**
     * Reads the first sheet, streaming it (SAX) rather than building it in memory, so a workbook
     * costs memory by its rows, not by how far it inflates. No part of the file may inflate past
     * {@link #MAX_PART_BYTES} (POI refuses it as it reads, like one that inflates more than a
     * hundredfold), and a sheet of more than {@code maxRows} data rows is refused as soon as the
     * row after the last allowed one is read. A row whose cells are all blank is skipped.
     */
    static List<SheetRow> read(InputStream xlsx, int maxRows) throws IOException {
        Path file = Files.createTempFile("society-import", ".xlsx");
        try {
            try (var out = Files.newOutputStream(file)) {
                if (xlsx.transferTo(out) > MAX_UPLOAD_BYTES) {
                    throw DomainException.invalid("file", "is larger than " + MAX_UPLOAD_BYTES / 1_000_000 + " MB");
                }
            }
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return List.of();
                }
                StylesTable styles = reader.getStylesTable();
                var rows = new Rows(maxRows);
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles != null ? styles : new StylesTable(),
                            null, new ReadOnlySharedStringsTable(workbook), rows, new IsoDates(), false));
                    parser.parse(new InputSource(sheet));
                } catch (TooManyRows tooMany) {
                    throw DomainException.invalid("file", "has more than " + maxRows
                            + " data rows; import the register in parts");
                }
                return rows.rows;
            } catch (OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                    | NotOfficeXmlFileException e) {
                throw new IOException("not a readable xlsx workbook: " + e.getMessage(), e);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static List<SheetRow> read(InputStream xlsx) throws IOException {
        return read(xlsx, DEFAULT_MAX_ROWS);
    }

    /** Thrown from inside the parser to stop it at the first row over the limit. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Collects the rows under the header row, cells keyed by the field their column's header names. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private final List<SheetRow> rows = new ArrayList<>();
        private final Map<Integer, String> fieldsByColumn = new HashMap<>();
        private Integer headerRow;
        private Map<String, String> cells;
        private int nextColumn;

        Rows(int maxRows) {
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
                COLUMNS.stream()
                        .filter(c -> c.header().equals(title) || c.field().equalsIgnoreCase(title))
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

    /** Cell text as the import reads it: dates as ISO dates, numbers in plain notation, whatever their format. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().toUpperCase(Locale.ROOT);
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

    static HealthTier healthTier(String text) {
        for (HealthTier tier : HealthTier.values()) {
            if (tier.label().equals(text) || tier.name().equalsIgnoreCase(text)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("is not one of the health tiers ("
                + String.join("、", Arrays.stream(HealthTier.values()).map(HealthTier::label).toList()) + ")");
    }

    static PartyOrganisationForm partyOrganisation(String text) {
        for (PartyOrganisationForm form : PartyOrganisationForm.values()) {
            if (form.label().equals(text) || form.name().equalsIgnoreCase(text)) {
                return form;
            }
        }
        throw new IllegalArgumentException("is not one of the forms of party organisation ("
                + String.join("、", Arrays.stream(PartyOrganisationForm.values()).map(PartyOrganisationForm::label)
                        .toList()) + ")");
    }

    /** Only a member in good standing is imported; the register's other states come about on the platform. */
    static SocietyStatus activeStatus(String text) {
        if (SocietyStatus.ACTIVE.label().equals(text) || SocietyStatus.ACTIVE.name().equalsIgnoreCase(text)) {
            return SocietyStatus.ACTIVE;
        }
        throw new IllegalArgumentException("cannot be imported: only active societies (" + SocietyStatus.ACTIVE.label()
                + ") are; founding and transfers go through their own procedures");
    }

    static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date like 2016-05-20");
        }
    }
}
