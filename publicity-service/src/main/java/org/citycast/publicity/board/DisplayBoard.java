package org.citycast.publicity.board;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.citycast.publicity.content.PublishedArticles;
import org.citycast.publicity.platform.AssociationTime;
import org.citycast.publicity.pool.PoolExpert;
import org.citycast.publicity.print.ChineseFont;
import org.citycast.publicity.site.SocietySite;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Draws display boards: one A3 page per society, a red band with its name, then its sections. */
@Component
class DisplayBoard {

    static final Color RED = new Color(0xB5, 0x12, 0x1B);

    /** What one board shows. */
    record Board(SocietySite site, List<PublishedArticles.Full> articles, List<PoolExpert> experts) {
    }

    private final ChineseFont font;
    private final Clock clock;
    private final String association;

    DisplayBoard(ChineseFont font, Clock clock,
            @Value("${platform.site.association:济宁市科学技术协会}") String association) {
        this.font = font;
        this.clock = clock;
        this.association = association;
    }

    byte[] render(List<Board> boards) {
        BaseFont chinese = font.baseFont();
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A3, 56, 56, 200, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(boards.size() == 1 ? boards.get(0).site().name() + "科普日宣传版面" : "学会科普日宣传版面");
        document.addCreator(association);
        document.open();
        for (int i = 0; i < boards.size(); i++) {
            if (i > 0) {
                document.newPage();
            }
            page(document, writer, chinese, boards.get(i));
        }
        document.close();
        return out.toByteArray();
    }

    private void page(Document document, PdfWriter writer, BaseFont chinese, Board board) {
        SocietySite site = board.site();
        band(writer.getDirectContentUnder(), writer.getDirectContent(), chinese, site);

        Font heading = new Font(chinese, 22, Font.BOLD, RED);
        Font body = new Font(chinese, 14);
        Font small = new Font(chinese, 12, Font.NORMAL, Color.DARK_GRAY);

        section(document, "学会简介", heading);
        for (String paragraph : site.introductionOrDefault().split("\n")) {
            document.add(indented(paragraph, body));
        }
        section(document, "学会特色", heading);
        if (site.features() != null) {
            for (String paragraph : site.features().split("\n")) {
                document.add(indented(paragraph, body));
            }
        } else {
            document.add(indented("挂靠单位：" + nullToDash(site.hostUnit()) + "；学科门类：" + site.categoryName()
                    + "；党组织：" + site.partyOrganisationName() + "。", body));
        }
        section(document, "科普知识", heading);
        if (board.articles().isEmpty()) {
            document.add(indented("欢迎关注" + site.name() + "子网站，获取最新科普知识和学会动态。", body));
        }
        for (PublishedArticles.Full article : board.articles()) {
            Paragraph title = new Paragraph(article.summary().title(), new Font(chinese, 16, Font.BOLD));
            title.setSpacingBefore(6);
            document.add(title);
            document.add(indented(excerpt(article.body(), 260), body));
        }
        if (!board.experts().isEmpty()) {
            section(document, "学会专家", heading);
            PdfPTable table = new PdfPTable(new float[] {2, 3, 5});
            table.setWidthPercentage(100);
            for (PoolExpert expert : board.experts().subList(0, Math.min(12, board.experts().size()))) {
                table.addCell(cell(expert.name(), body));
                table.addCell(cell(nullToDash(expert.title()), body));
                table.addCell(cell(nullToDash(expert.employer()), body));
            }
            document.add(table);
        }
        Paragraph footer = new Paragraph(association + "　" + AssociationTime.today(clock).getYear() + "年全国科普日", small);
        footer.setAlignment(Element.ALIGN_RIGHT);
        footer.setSpacingBefore(24);
        document.add(footer);
    }

    /** The red band across the top of the page with the society's name in white. */
    private void band(PdfContentByte under, PdfContentByte over, BaseFont chinese, SocietySite site) {
        Rectangle page = PageSize.A3;
        under.saveState();
        under.setColorFill(RED);
        under.rectangle(0, page.getHeight() - 160, page.getWidth(), 160);
        under.fill();
        under.restoreState();
        over.beginText();
        over.setColorFill(Color.WHITE);
        over.setFontAndSize(chinese, 40);
        over.showTextAligned(Element.ALIGN_CENTER, site.name(), page.getWidth() / 2, page.getHeight() - 85, 0);
        over.setFontAndSize(chinese, 18);
        over.showTextAligned(Element.ALIGN_CENTER, "学会风采 · 科普知识 · " + association, page.getWidth() / 2,
                page.getHeight() - 125, 0);
        over.endText();
    }

    private static void section(Document document, String title, Font font) {
        Paragraph heading = new Paragraph(title, font);
        heading.setSpacingBefore(16);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static Paragraph indented(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setFirstLineIndent(28);
        paragraph.setLeading(24);
        return paragraph;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Paragraph(text, font));
        cell.setPadding(6);
        cell.setBorderColor(Color.LIGHT_GRAY);
        return cell;
    }

    /** The article's text without its markup (the stored body is sanitised, well-formed HTML), shortened. */
    static String excerpt(String html, int length) {
        String text = HtmlUtils.htmlUnescape(html.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
        return text.length() <= length ? text : text.substring(0, length) + "……";
    }

    private static String nullToDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
