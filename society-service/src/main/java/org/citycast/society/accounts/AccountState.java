package org.citycast.society.accounts;

/** What a secretariat account should be in Keycloak. */
enum AccountState {
    /** Signs in with role SOCIETY_SECRETARY and the society's {@code society_id}. */
    ACTIVE,
    /** Kept, but cannot sign in; its sessions were ended. */
    DISABLED,
    /** Gone from Keycloak; the row stays for the record. */
    REMOVED,
    /** Keycloak already had someone else under this sign-in name; nothing was granted. */
    REFUSED
}
