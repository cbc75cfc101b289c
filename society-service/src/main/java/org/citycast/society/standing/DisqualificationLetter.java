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
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Drafts the disqualification letter (关于解除学会会员资格的函) as a PDF with the Chinese font embedded. */
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
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 72, 72, 90, 72);
        PdfWriter.getInstance(document, out);
        document.addTitle("关于解除" + letterCase.getSocietyName() + "会员资格的函");
        document.addCreator(settings.association());
        document.open();

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
        document.add(indented("根据《关于进一步加强和改进全市学会管理工作的意见》关于建立“能上能下”竞争工作机制的规定，"
                + "经研究决定，解除你会的市科协所属学会会员资格。", body));
        document.add(indented("你会如对本决定有异议，可自收到本函之日起十五日内向市科协学会部提出书面意见。", body));
        document.add(indented("特此函告。", body));

        Paragraph signature = new Paragraph(settings.association(), body);
        signature.setAlignment(Element.ALIGN_RIGHT);
        signature.setSpacingBefore(48);
        document.add(signature);
        Paragraph date = new Paragraph(chineseDate(letterCase.getDraftedOn()), body);
        date.setAlignment(Element.ALIGN_RIGHT);
        document.add(date);
        document.close();
        return out.toByteArray();
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
