package org.citycast.publicity.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citycast.publicity.platform.DomainException;

/**
 * The report's text: a template of headings ({@code # }, {@code ## }) and paragraphs (separated by blank
 * lines) with {@code {{figure}}} placeholders. A placeholder that names no figure is refused when the
 * template is saved; one whose figure the year's data lacks makes the report fail, naming it, rather than
 * print a blank.
 */
final class Narrative {

    enum Kind {
        TITLE, HEADING, PARAGRAPH
    }

    record Block(Kind kind, String text) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}\\s]+)\\s*}}");

    private Narrative() {
    }

    /** The placeholders of a template that name no figure of the catalogue. */
    static Set<String> unknownPlaceholders(String template) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (Figure.byKey(matcher.group(1)).isEmpty()) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    static List<Block> render(String template, Map<String, Object> figures) {
        Set<String> missing = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        String filled = matcher.replaceAll(match -> {
            Object value = figures.get(match.group(1));
            if (value == null) {
                missing.add(match.group(1));
                return "";
            }
            return Matcher.quoteReplacement(format(value));
        });
        if (!missing.isEmpty()) {
            throw DomainException.conflict("The report's template names figures the year's data lacks: "
                    + String.join(", ", missing) + ". Record the data, or take them out of the template.");
        }
        List<Block> blocks = new ArrayList<>();
        for (String part : filled.replace("\r\n", "\n").split("\n\\s*\n")) {
            String text = part.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("## ")) {
                blocks.add(new Block(Kind.HEADING, text.substring(3).strip()));
            } else if (text.startsWith("# ")) {
                blocks.add(new Block(Kind.TITLE, text.substring(2).strip()));
            } else {
                blocks.add(new Block(Kind.PARAGRAPH, text.replace('\n', ' ')));
            }
        }
        return blocks;
    }

    static String format(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }
}
