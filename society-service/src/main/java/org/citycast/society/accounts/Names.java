package org.citycast.society.accounts;

/**
 * A Chinese name split for Keycloak, whose user profile asks for a first and a last name: the
 * surname first, one character (a two-character surname such as 欧阳 is rare enough to accept).
 */
record Names(String first, String last) {

    static Names of(String name) {
        int surnameEnd = name.length() > 1 ? name.offsetByCodePoints(0, 1) : name.length();
        String last = name.substring(0, surnameEnd);
        String first = surnameEnd < name.length() ? name.substring(surnameEnd) : name;
        return new Names(first, last);
    }
}
