package org.citycast.event.checkin;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

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

/** Draws the attendance certificate (参会证明) as a PDF with the Chinese font embedded. */
@Component
class Certificate {

    /** What the certificate states. */
    record Content(String name, String organisation, String eventTitle, String eventTitleEn, String session,
            String organiser, String venue, LocalDateTime startsAt, String subForum, String ticketCode,
            LocalDate issuedOn) {
    }

    private static final Logger log = LoggerFactory.getLogger(Certificate.class);
    private static final Color RED = new Color(0xC8, 0x10, 0x2E);

    private final CertificateSettings settings;

    Certificate(CertificateSettings settings) {
        this.settings = settings;
        if (!Files.isReadable(Path.of(settings.fontFile()))) {
            log.warn("The Chinese font for certificates is missing: {}; certificates cannot be drawn until it is "
                    + "installed (apt-get install fonts-wqy-microhei) or platform.certificates.font names another",
                    settings.fontFile());
        }
    }

    byte[] render(Content content) {
        BaseFont chinese = font();
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 72, 72, 72, 60);
        PdfWriter.getInstance(document, out);
        document.addTitle("参会证明 " + content.eventTitle());
        document.addCreator(settings.issuer());
        document.open();

        Paragraph heading = new Paragraph("参 会 证 明", new Font(chinese, 30, Font.BOLD, RED));
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        Paragraph english = new Paragraph("Certificate of Attendance", new Font(chinese, 14, Font.NORMAL, RED));
        english.setAlignment(Element.ALIGN_CENTER);
        document.add(english);
        document.add(new Chunk(new LineSeparator(1.5f, 100, RED, Element.ALIGN_CENTER, -6)));

        Font body = new Font(chinese, 16);
        String who = content.name() + (content.organisation() == null ? "" : "（" + content.organisation() + "）");
        String when = content.startsAt().getYear() + "年" + content.startsAt().getMonthValue() + "月"
                + content.startsAt().getDayOfMonth() + "日";
        String what = "“" + content.eventTitle() + "”" + (content.session() == null ? "" : "（" + content.session() + "）")
                + (content.subForum() == null ? "" : "之“" + content.subForum() + "”");
        Paragraph text = new Paragraph("兹证明 " + who + " 于" + when + "在" + content.venue() + "参加了由"
                + content.organiser() + "主办的" + what + "。", body);
        text.setFirstLineIndent(32);
        text.setLeading(30);
        text.setSpacingBefore(36);
        document.add(text);
        Paragraph closing = new Paragraph("特此证明。", body);
        closing.setFirstLineIndent(32);
        closing.setSpacingBefore(12);
        document.add(closing);
        if (content.eventTitleEn() != null) {
            Paragraph en = new Paragraph(content.eventTitleEn(), new Font(chinese, 11, Font.ITALIC));
            en.setSpacingBefore(12);
            document.add(en);
        }

        Paragraph issuer = new Paragraph(settings.issuer(), body);
        issuer.setAlignment(Element.ALIGN_RIGHT);
        issuer.setSpacingBefore(48);
        document.add(issuer);
        Paragraph date = new Paragraph(content.issuedOn().getYear() + "年" + content.issuedOn().getMonthValue() + "月"
                + content.issuedOn().getDayOfMonth() + "日", body);
        date.setAlignment(Element.ALIGN_RIGHT);
        document.add(date);
        Paragraph ticket = new Paragraph("票号 " + content.ticketCode(), new Font(chinese, 9, Font.NORMAL, Color.GRAY));
        ticket.setSpacingBefore(24);
        document.add(ticket);
        document.close();
        return out.toByteArray();
    }

    private BaseFont font() {
        if (!Files.isReadable(Path.of(settings.fontFile()))) {
            throw new IllegalStateException("The Chinese font for certificates is missing: " + settings.fontFile()
                    + " (apt-get install fonts-wqy-microhei, or set platform.certificates.font)");
        }
        try {
            return BaseFont.createFont(settings.fontProgram(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("The font for certificates could not be read: " + settings.fontProgram(), e);
        }
    }
}
