package org.citycast.society.accounts;

/** What a pool expert's account should be in Keycloak. */
enum ExpertAccountState {
    /** Signs in with the granted roles and the expert's {@code expert_id}. */
    ACTIVE,
    /**
     * Every role revoked, or the expert left every pool: the roles are gone, the sessions ended,
     * and the user disabled unless it holds another role of the platform. A new grant revives it.
     */
    WITHDRAWN,
    /** Keycloak already had someone else under this sign-in name; nothing was granted. */
    REFUSED
}
