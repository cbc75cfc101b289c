package org.citycast.society.standing;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the letter says besides the case, all from configuration ({@code platform.letters.*}): the
 * association's full name for the letterhead and signature, the short name the text uses, the
 * department objections go to, the title of the policy the decision rests on, and the file of a
 * font with Chinese glyphs to embed (Debian's {@code fonts-wqy-microhei} by default, which
 * {@code deploy/local/up} installs).
 */
@Validated
@ConfigurationProperties("platform.letters")
public record LetterSettings(@NotBlank String association, @NotBlank String associationShortName,
        @NotBlank String department, @NotBlank String policy,
        @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") String font) {

    /** The font file without a face index, for checking that it is there. */
    public String fontFile() {
        int face = font.lastIndexOf(',');
        return face > 0 && font.substring(face + 1).chars().allMatch(Character::isDigit) ? font.substring(0, face) : font;
    }

    /** What OpenPDF loads: a TrueType collection (.ttc) needs a face index, its first face unless one is given. */
    public String fontProgram() {
        return font.equals(fontFile()) && font.toLowerCase(Locale.ROOT).endsWith(".ttc") ? font + ",0" : font;
    }
}
