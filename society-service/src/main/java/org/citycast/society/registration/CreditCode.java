package org.citycast.society.registration;

import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * The 18-character unified social credit code (统一社会信用代码, GB 32100-2015): registration
 * authority, organisation type, 6-digit region, the 9-character organisation code (GB 11714)
 * and a mod-31 check character.
 */
@NamedInterface("lifecycle")
public final class CreditCode {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** What is wrong with a code, if anything; a failed GB 11714 check is only a warning. */
    @NamedInterface("lifecycle")
    public record Verdict(Optional<String> error, Optional<String> warning) {
        public boolean valid() {
            return error.isEmpty();
        }
    }

    private CreditCode() {
    }

    public static Verdict check(String code) {
        if (code == null || code.length() != 18) {
            return error("must be 18 characters long (GB 32100-2015)");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return error("character " + (i + 1) + " ('" + code.charAt(i) + "') is not allowed: only digits and "
                        + "capital letters other than I, O, Z, S and V (GB 32100-2015)");
            }
        }
        if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return error("characters 3-8 must be the 6-digit administrative region code (GB 32100-2015)");
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return error("check character is '" + code.charAt(17) + "' but should be '" + expected
                    + "' (GB 32100-2015 mod-31 check)");
        }
        Optional<String> warning = organisationCodeValid(code.substring(8, 17)) ? Optional.empty()
                : Optional.of("the embedded organisation code " + code.substring(8, 17)
                        + " fails its GB 11714 check; some early codes do, so it was accepted");
        return new Verdict(Optional.empty(), warning);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    static boolean organisationCodeValid(String nine) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = nine.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORGANISATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        return nine.charAt(8) == expected;
    }

    private static Verdict error(String message) {
        return new Verdict(Optional.of(message), Optional.empty());
    }
}
