package org.citycast.publicity.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.citycast.publicity.print.ChineseFont;
import org.springframework.stereotype.Component;

/**
 * The report laid out for print: the narrative (title, headings, indented paragraphs), then a table of
 * every figure. DOCX with Apache POI (East Asian fonts named so Word shows the Chinese right), PDF with
 * OpenPDF and the Chinese font embedded.
 */
@Component
class ReportDocuments {

    private static final String SONG = "宋体";
    private static final String HEI = "黑体";

    private final ChineseFont font;

    ReportDocuments(ChineseFont font) {
        this.font = font;
    }

    byte[] docx(YearReport report, List<Narrative.Block> narrative, String association) {
        try (XWPFDocument document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(title(report, narrative));
            document.getProperties().getCoreProperties().setCreator(association);
            for (Narrative.Block block : narrative) {
                XWPFParagraph paragraph = document.createParagraph();
                switch (block.kind()) {
                    case TITLE -> {
                        paragraph.setAlignment(ParagraphAlignment.CENTER);
                        paragraph.setSpacingAfter(400);
                        run(paragraph, block.text(), HEI, 22, true);
                    }
                    case HEADING -> {
                        paragraph.setSpacingBefore(240);
                        run(paragraph, block.text(), HEI, 16, true);
                    }
                    case PARAGRAPH -> {
                        paragraph.setFirstLineIndent(640);
                        paragraph.setSpacingBetween(1.5);
                        run(paragraph, block.text(), SONG, 14, false);
                    }
                }
            }
            XWPFParagraph heading = document.createParagraph();
            heading.setSpacingBefore(240);
            run(heading, "附：" + report.year() + "年主要数据", HEI, 16, true);
            Map<Figure, Object> table = report.table();
            XWPFTable grid = document.createTable(table.size() + 1, 2);
            grid.setWidth("100%");
            cell(grid.getRow(0), 0, "指标", true);
            cell(grid.getRow(0), 1, "数值", true);
            int row = 1;
            for (Map.Entry<Figure, Object> entry : table.entrySet()) {
                cell(grid.getRow(row), 0, entry.getKey().label(), false);
                cell(grid.getRow(row), 1, value(entry.getKey(), entry.getValue()), false);
                row++;
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] pdf(YearReport report, List<Narrative.Block> narrative, String association) {
        BaseFont chinese = font.baseFont();
        Font title = new Font(chinese, 20, Font.BOLD);
        Font heading = new Font(chinese, 15, Font.BOLD);
        Font body = new Font(chinese, 12);
        Font header = new Font(chinese, 11, Font.BOLD, Color.WHITE);
        Font small = new Font(chinese, 11);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 72, 72, 72, 72);
        PdfWriter.getInstance(document, out);
        document.addTitle(title(report, narrative));
        document.addCreator(association);
        document.open();
        for (Narrative.Block block : narrative) {
            Paragraph paragraph = switch (block.kind()) {
                case TITLE -> {
                    Paragraph p = new Paragraph(block.text(), title);
                    p.setAlignment(Element.ALIGN_CENTER);
                    p.setSpacingAfter(18);
                    yield p;
                }
                case HEADING -> {
                    Paragraph p = new Paragraph(block.text(), heading);
                    p.setSpacingBefore(12);
                    p.setSpacingAfter(6);
                    yield p;
                }
                case PARAGRAPH -> {
                    Paragraph p = new Paragraph(block.text(), body);
                    p.setFirstLineIndent(24);
                    p.setLeading(22);
                    p.setSpacingAfter(6);
                    yield p;
                }
            };
            document.add(paragraph);
        }
        document.newPage();
        Paragraph appendix = new Paragraph("附：" + report.year() + "年主要数据", heading);
        appendix.setSpacingAfter(10);
        document.add(appendix);
        PdfPTable table = new PdfPTable(new float[] {3, 2});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String text : new String[] {"指标", "数值"}) {
            PdfPCell cell = new PdfPCell(new Paragraph(text, header));
            cell.setBackgroundColor(new Color(0xB5, 0x12, 0x1B));
            cell.setPadding(5);
            table.addCell(cell);
        }
        for (Map.Entry<Figure, Object> entry : report.table().entrySet()) {
            PdfPCell label = new PdfPCell(new Paragraph(entry.getKey().label(), small));
            label.setPadding(4);
            table.addCell(label);
            PdfPCell value = new PdfPCell(new Paragraph(value(entry.getKey(), entry.getValue()), small));
            value.setPadding(4);
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(value);
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    static String value(Figure figure, Object value) {
        return value == null ? "无数据" : Narrative.format(value) + figure.unit();
    }

    private static String title(YearReport report, List<Narrative.Block> narrative) {
        return narrative.stream().filter(block -> block.kind() == Narrative.Kind.TITLE).map(Narrative.Block::text)
                .findFirst().orElse(report.year() + "年学会工作报告");
    }

    private static void run(XWPFParagraph paragraph, String text, String fontName, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(fontName, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
        run(paragraph, text, SONG, 11, bold);
    }
}
