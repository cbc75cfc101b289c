package org.citycast.society.accounts;

/** What ADMIN is shown once: the password is in no table, log or audit entry. */
record OneTimePassword(String username, String password, String signInUrl, boolean mustChangeAtFirstSignIn) {
}
