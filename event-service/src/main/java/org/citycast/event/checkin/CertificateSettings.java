package org.citycast.event.checkin;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The issuer named on attendance certificates and the font with Chinese glyphs to embed (Debian's
 * {@code fonts-wqy-microhei} by default, which {@code deploy/local/up} installs).
 */
@ConfigurationProperties("platform.certificates")
record CertificateSettings(@DefaultValue("济宁市科学技术协会") String issuer,
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
