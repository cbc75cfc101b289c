package org.citycast.society.evaluation;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import org.citycast.society.standing.LetterSettings;
import org.springframework.stereotype.Component;

/**
 * The grade certificate (社会组织评估等级证书) as a PDF with the Chinese font embedded, in the
 * association's name from {@code platform.letters}. A grade no longer in force is marked 已失效 on
 * the page; a lowered one names the level it now holds and the day it was lowered.
 */
@Component
class GradeCertificate {

    private static final Color RED = new Color(0xC8, 0x10, 0x2E);
    private static final Color GOLD = new Color(0xB0, 0x8D, 0x3C);

    private final LetterSettings settings;

    GradeCertificate(LetterSettings settings) {
        this.settings = settings;
    }

    byte[] render(Grade grade) {
        BaseFont chinese = font();
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        boolean lapsed = grade.getStatus() != GradeStatus.IN_FORCE;
        writer.setPageEvent(new Frame(chinese, lapsed));
        document.addTitle(grade.getSocietyName() + "社会组织评估等级证书");
        document.addCreator(settings.association());
        document.open();

        document.add(centred("社会组织评估等级证书", new Font(chinese, 30, Font.BOLD, RED), 24));
        document.add(centred(grade.getLevel().label(), new Font(chinese, 48, Font.BOLD, GOLD), 18));
        Font body = new Font(chinese, 16);
        document.add(centred(grade.getSocietyName(), new Font(chinese, 22, Font.BOLD), 12));
        document.add(centred("经" + settings.associationShortName() + "社会组织评估，评定为" + grade.getAwardedLevel().label()
                + "社会组织" + (grade.getScore() == null ? "" : "（评估得分 " + grade.getScore() + " 分）") + "。", body, 8));
        if (grade.getLoweredOn() != null) {
            document.add(centred(chineseDate(grade.getLoweredOn()) + "调整为" + grade.getLevel().label() + "："
                    + grade.getLoweredReason(), body, 8));
        }
        document.add(centred("有效期：" + chineseDate(grade.getAwardedOn()) + "至" + chineseDate(grade.getValidUntil()),
                body, 8));
        document.add(centred("证书编号：" + grade.getCertificateNumber(), body, 30));
        Paragraph signature = new Paragraph(settings.association(), body);
        signature.setAlignment(Element.ALIGN_RIGHT);
        document.add(signature);
        Paragraph date = new Paragraph(chineseDate(grade.getAwardedOn()), body);
        date.setAlignment(Element.ALIGN_RIGHT);
        document.add(date);
        document.close();
        return out.toByteArray();
    }

    /** A gold frame around the page, and 已失效 across it when the grade is no longer in force. */
    private static final class Frame extends PdfPageEventHelper {

        private final BaseFont font;
        private final boolean lapsed;

        Frame(BaseFont font, boolean lapsed) {
            this.font = font;
            this.lapsed = lapsed;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContentUnder();
            canvas.saveState();
            canvas.setColorStroke(GOLD);
            canvas.setLineWidth(4);
            canvas.rectangle(30, 30, document.getPageSize().getWidth() - 60, document.getPageSize().getHeight() - 60);
            canvas.stroke();
            if (lapsed) {
                canvas.setColorFill(new Color(0xE0, 0xE0, 0xE0));
                canvas.beginText();
                canvas.setFontAndSize(font, 120);
                canvas.showTextAligned(Element.ALIGN_CENTER, "已失效", document.getPageSize().getWidth() / 2,
                        document.getPageSize().getHeight() / 2 - 40, 30);
                canvas.endText();
            }
            canvas.restoreState();
        }
    }

    private static Paragraph centred(String text, Font font, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static String chineseDate(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private BaseFont font() {
        if (!Files.isReadable(Path.of(settings.fontFile()))) {
            throw new IllegalStateException("The Chinese font for certificates is missing: " + settings.fontFile()
                    + " (apt-get install fonts-wqy-microhei, or set platform.letters.font)");
        }
        try {
            return BaseFont.createFont(settings.fontProgram(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("The font for certificates could not be read: " + settings.fontProgram(), e);
        }
    }
}
