package org.citycast.publicity.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The HTML an article body may keep: text formatting, blocks, lists, tables, links and images with
 * http(s) or relative addresses. Scripts, event handlers, styles, frames, forms and {@code javascript:}
 * or {@code data:} addresses are dropped by the OWASP sanitizer before anything is stored.
 */
final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "hr", "br").toFactory());

    private RichText() {
    }

    static String clean(String html) {
        return POLICY.sanitize(html == null ? "" : html).strip();
    }
}
