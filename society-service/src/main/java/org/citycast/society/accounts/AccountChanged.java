package org.citycast.society.accounts;

import java.util.UUID;

/** A secretariat account's intended state changed; Keycloak is brought to it after the commit. */
record AccountChanged(UUID accountId) {
}
