package org.citycast.society.standing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import org.citycast.society.platform.AssociationTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Draws the disqualification letter (关于解除学会会员资格的函) as a PDF with the Chinese font
 * embedded. Until ADMIN confirms the case the letter is a draft and says so on every page, dated
 * the day it was drafted; once confirmed it is dated the day of the decision.
 */
@Component
class DisqualificationLetter {

    private static final Logger log = LoggerFactory.getLogger(DisqualificationLetter.class);

    private static final Color RED = new Color(0xC8, 0x10, 0x2E);

    private final LetterSettings settings;

    DisqualificationLetter(LetterSettings settings) {
        this.settings = settings;
        if (!Files.isReadable(Path.of(settings.fontFile()))) {
            // the service runs without it; only drafting a letter fails, so say so at start-up
            log.warn("The Chinese font for letters is missing: {}; letters cannot be drawn until it is installed "
                    + "(apt-get install fonts-wqy-microhei) or platform.letters.font names another", settings.fontFile());
        }
    }

    byte[] render(DisqualificationCase letterCase) {
        BaseFont chinese = font();
        Font title = new Font(chinese, 20, Font.BOLD);
        Font body = new Font(chinese, 13);
        boolean draft = letterCase.getStatus() != CaseStatus.CONFIRMED;
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 72, 72, 90, 72);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        if (draft) {
            writer.setPageEvent(new DraftMark(chinese));
        }
        document.addTitle("关于解除" + letterCase.getSocietyName() + "会员资格的函" + (draft ? "（草稿）" : ""));
        document.addCreator(settings.association());
        document.open();
        if (draft) {
            Paragraph notice = new Paragraph("草稿：待" + settings.department() + "确认，确认前不得发出",
                    new Font(chinese, 11, Font.BOLD, RED));
            notice.setAlignment(Element.ALIGN_RIGHT);
            document.add(notice);
        }

        // letterhead: the association's name in red over a red rule, as on its paper letters
        Paragraph heading = new Paragraph(settings.association(), new Font(chinese, 22, Font.BOLD, RED));
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        document.add(new Chunk(new LineSeparator(1.5f, 100, RED, Element.ALIGN_CENTER, -6)));
        Paragraph subject = new Paragraph("关于解除" + letterCase.getSocietyName() + "会员资格的函", title);
        subject.setAlignment(Element.ALIGN_CENTER);
        subject.setSpacingBefore(12);
        subject.setSpacingAfter(24);
        document.add(subject);

        document.add(line(letterCase.getSocietyName() + "：", body));
        document.add(indented("经查，你会" + (letterCase.getCreditCode() == null ? ""
                : "（统一社会信用代码：" + letterCase.getCreditCode() + "）") + letterCase.getGrounds() + "。", body));
        document.add(indented("根据《" + settings.policy() + "》关于建立“能上能下”竞争工作机制的规定，"
                + "经研究决定，解除你会的" + settings.associationShortName() + "所属学会会员资格。", body));
        document.add(indented("你会如对本决定有异议，可自收到本函之日起十五日内向" + settings.associationShortName()
                + settings.department() + "提出书面意见。", body));
        document.add(indented("特此函告。", body));

        Paragraph signature = new Paragraph(settings.association(), body);
        signature.setAlignment(Element.ALIGN_RIGHT);
        signature.setSpacingBefore(48);
        document.add(signature);
        LocalDate dated = draft ? letterCase.getDraftedOn()
                : LocalDate.ofInstant(letterCase.getDecidedAt(), AssociationTime.ZONE);
        Paragraph date = new Paragraph(chineseDate(dated), body);
        date.setAlignment(Element.ALIGN_RIGHT);
        document.add(date);
        document.close();
        return out.toByteArray();
    }

    /** 草稿 across every page of a draft, light enough to read the letter through. */
    private static final class DraftMark extends PdfPageEventHelper {

        private final BaseFont font;

        DraftMark(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContentUnder();
            canvas.saveState();
            canvas.setColorFill(new Color(0xE0, 0xE0, 0xE0));
            canvas.beginText();
            canvas.setFontAndSize(font, 110);
            canvas.showTextAligned(Element.ALIGN_CENTER, "草稿", document.getPageSize().getWidth() / 2,
                    document.getPageSize().getHeight() / 2, 45);
            canvas.endText();
            canvas.restoreState();
        }
    }

    static String chineseDate(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private BaseFont font() {
        if (!Files.isReadable(Path.of(settings.fontFile()))) {
            throw new IllegalStateException("The Chinese font for letters is missing: " + settings.fontFile()
                    + " (apt-get install fonts-wqy-microhei, or set platform.letters.font)");
        }
        try {
            return BaseFont.createFont(settings.fontProgram(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("The font for letters could not be read: " + settings.fontProgram(), e);
        }
    }

    private static Paragraph line(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(8);
        return paragraph;
    }

    private static Paragraph indented(String text, Font font) {
        Paragraph paragraph = line(text, font);
        paragraph.setFirstLineIndent(26);
        paragraph.setLeading(24);
        return paragraph;
    }
}
