package org.citycast.event.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Phone numbers: what is accepted, who a number stands for, and how it is shown to those who may not see it. */
final class Phones {

    /** A mainland mobile (optionally +86, digits optionally grouped by spaces or dashes) or a landline with its area code. */
    static final String PATTERN = "^(\\+?86[- ]?)?1[3-9]\\d([- ]?\\d){8}$|^0\\d{2,3}-?\\d{7,8}$";
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    private Phones() {
    }

    /** The digits that identify the line: separators and the country code dropped. */
    static String normalise(String phone) {
        String digits = NOT_DIGIT.matcher(phone).replaceAll("");
        return digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits;
    }

    /** Who a number stands for, as a hash, so that no index entry or constraint message carries the number. */
    static String personKey(String phone) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("phone:" + normalise(phone)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 138****5678: the first three and last four digits, the rest hidden. */
    static String mask(String phone) {
        String digits = normalise(phone);
        if (digits.length() <= 7) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }
}
