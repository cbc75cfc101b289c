package org.citycast.society.standing;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the letter needs beyond the case: the association's name for the letterhead and the file
 * of a font with Chinese glyphs to embed (Debian's {@code fonts-wqy-microhei} by default, which
 * {@code deploy/local/up} installs).
 */
@ConfigurationProperties("platform.letters")
record LetterSettings(@DefaultValue("济宁市科学技术协会") String association,
        @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") String font) {

    /** The font file without a face index, for checking that it is there. */
    String fontFile() {
        int face = font.lastIndexOf(',');
        return face > 0 && font.substring(face + 1).chars().allMatch(Character::isDigit) ? font.substring(0, face) : font;
    }

    /** What OpenPDF loads: a TrueType collection (.ttc) needs a face index, its first face unless one is given. */
    String fontProgram() {
        return font.equals(fontFile()) && font.toLowerCase(Locale.ROOT).endsWith(".ttc") ? font + ",0" : font;
    }
}
