package org.citycast.society.accounts;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Random passwords for a first sign-in that Keycloak marks temporary. They meet the realm's policy
 * (12+ characters, an upper-case letter, a lower-case letter, a digit) and use letters and digits
 * without look-alikes (0/O, 1/l/I), since ADMIN reads them out or the person types them by hand.
 */
@Component
class OneTimePasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder password = new StringBuilder();
        password.append(pick(UPPER)).append(pick(LOWER)).append(pick(DIGITS));
        String all = UPPER + LOWER + DIGITS;
        while (password.length() < LENGTH) {
            password.append(pick(all));
        }
        for (int i = password.length() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = password.charAt(i);
            password.setCharAt(i, password.charAt(j));
            password.setCharAt(j, swap);
        }
        return password.toString();
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
