package org.citycast.publicity.reminders;

/** A person to remind: their Keycloak username (their inbox's key) and e-mail address, if they have one. */
record Recipient(String username, String email) {
}
