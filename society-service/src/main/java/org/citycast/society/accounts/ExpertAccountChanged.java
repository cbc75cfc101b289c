package org.citycast.society.accounts;

import java.util.UUID;

/** A pool expert's account changed (roles or state); Keycloak is brought to it after the commit. */
record ExpertAccountChanged(UUID accountId) {
}
