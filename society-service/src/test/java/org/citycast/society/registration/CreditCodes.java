package org.citycast.society.registration;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh unified social credit codes for tests: a social organisation (51) registered in Jining
 * (370800), random in its middle, with its mod-31 check character worked out here rather than by
 * {@link CreditCode}, so that a code the tests take as valid does not lean on the code under test.
 */
public final class CreditCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private CreditCodes() {
    }

    public static String fresh() {
        StringBuilder code = new StringBuilder("51370800");
        for (int i = 0; i < 9; i++) {
            code.append(CHARSET.charAt(ThreadLocalRandom.current().nextInt(CHARSET.length())));
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return code.append(CHARSET.charAt((31 - sum % 31) % 31)).toString();
    }
}
