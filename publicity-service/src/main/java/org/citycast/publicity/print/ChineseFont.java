package org.citycast.publicity.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.lowagie.text.pdf.BaseFont;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The font with Chinese glyphs that PDFs embed (Debian's {@code fonts-wqy-microhei} by default, which
 * {@code deploy/local/up} installs; {@code platform.print.font} names another). A TrueType collection
 * (.ttc) needs a face index; its first face is taken unless one is given ({@code file.ttc,1}).
 */
@Component
public class ChineseFont {

    private static final Logger log = LoggerFactory.getLogger(ChineseFont.class);

    private final String font;

    ChineseFont(@Value("${platform.print.font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") String font) {
        this.font = font;
        if (!Files.isReadable(Path.of(file()))) {
            log.warn("The Chinese font for PDFs is missing: {}; PDFs cannot be drawn until it is installed "
                    + "(apt-get install fonts-wqy-microhei) or platform.print.font names another", file());
        }
    }

    /** A fresh font for one document, embedded and encoded for any Unicode text. */
    public BaseFont baseFont() {
        if (!Files.isReadable(Path.of(file()))) {
            throw new IllegalStateException("The Chinese font for PDFs is missing: " + file()
                    + " (apt-get install fonts-wqy-microhei, or set platform.print.font)");
        }
        try {
            return BaseFont.createFont(program(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("The font for PDFs could not be read: " + program(), e);
        }
    }

    private String file() {
        int face = font.lastIndexOf(',');
        return face > 0 && font.substring(face + 1).chars().allMatch(Character::isDigit) ? font.substring(0, face) : font;
    }

    private String program() {
        return font.equals(file()) && font.toLowerCase(Locale.ROOT).endsWith(".ttc") ? font + ",0" : font;
    }
}
