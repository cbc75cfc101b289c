package org.citycast.society.standing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the letter needs beyond the case: the association's name for the letterhead and a font
 * with Chinese glyphs to embed (a TrueType collection takes {@code ,0} for its first face).
 */
@ConfigurationProperties("platform.letters")
record LetterSettings(@DefaultValue("济宁市科学技术协会") String association,
        @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0") String font) {
}
