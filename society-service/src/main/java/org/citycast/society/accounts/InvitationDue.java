package org.citycast.society.accounts;

import java.util.UUID;

/**
 * A new account is in Keycloak and the realm can send mail: Keycloak should mail the person the
 * set-password link. Its own event, so that a mail server being down delays only the mail, never
 * the account.
 */
record InvitationDue(Kind kind, UUID accountId) {

    enum Kind {
        SECRETARIAT, EXPERT
    }
}
