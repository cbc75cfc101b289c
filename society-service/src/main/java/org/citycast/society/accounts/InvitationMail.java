package org.citycast.society.accounts;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Has Keycloak mail a new account's person the set-password link (execute-actions-email with
 * UPDATE_PASSWORD and VERIFY_EMAIL: following the link proves the address, and Keycloak then
 * marks it verified). When Keycloak or its mail server fails the listener throws and the outbox
 * resubmission tries again; the account itself is in Keycloak already. A person who has a password
 * by then (a one-time password, an adopted account) gets no mail.
 */
@Component
class InvitationMail {

    static final List<String> ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

    private final SecretariatAccounts secretariatAccounts;
    private final ExpertAccounts expertAccounts;
    private final KeycloakUsers keycloak;
    private final AccountsProperties properties;
    private final Clock clock;

    InvitationMail(SecretariatAccounts secretariatAccounts, ExpertAccounts expertAccounts, KeycloakUsers keycloak,
            AccountsProperties properties, Clock clock) {
        this.secretariatAccounts = secretariatAccounts;
        this.expertAccounts = expertAccounts;
        this.keycloak = keycloak;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = "accounts.invitation-mail")
    void on(InvitationDue due) {
        switch (due.kind()) {
            case SECRETARIAT -> secretariatAccounts.lock(due.accountId())
                    .filter(a -> a.state() == AccountState.ACTIVE && a.invitationMailedAt() == null)
                    .filter(a -> a.keycloakUserId() != null && mail(a.keycloakUserId(), a.username()))
                    .ifPresent(a -> secretariatAccounts.mailed(a.id(), clock.instant()));
            case EXPERT -> expertAccounts.lock(due.accountId())
                    .filter(a -> a.state() == ExpertAccountState.ACTIVE && a.invitationMailedAt() == null)
                    .filter(a -> a.keycloakUserId() != null && mail(a.keycloakUserId(), a.username()))
                    .ifPresent(a -> expertAccounts.mailed(a.id(), clock.instant()));
        }
    }

    /** Mails the link; false when the person has a password already and needs none. */
    private boolean mail(String userId, String username) {
        if (keycloak.hasPassword(userId)) {
            log.info("No invitation mail for {}: the account has a password already", username);
            return false;
        }
        keycloak.mailActions(userId, ACTIONS, properties.invitationLinkLifespan());
        log.info("Keycloak mailed {} the link to set a password", username);
        return true;
    }
}
