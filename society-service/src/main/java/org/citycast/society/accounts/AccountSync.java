package org.citycast.society.accounts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citycast.society.audit.AuditTrail;
import org.citycast.society.registration.SocietyDeregistered;
import org.citycast.society.registration.SocietyDisqualified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Brings Keycloak to what the rows say. Each listener runs after the change committed, in its own
 * transaction; when Keycloak does not answer it throws, the transaction rolls back and the event
 * publication stays incomplete, and the outbox resubmission runs it again until it goes through.
 * A repeat finds the account synced, or Keycloak in the intended state already, and changes nothing.
 */
@Component
class AccountSync {

    static final String SECRETARY_ROLE = "SOCIETY_SECRETARY";
    static final String SOCIETY_ID = "society_id";

    private static final Logger log = LoggerFactory.getLogger(AccountSync.class);

    private final SecretariatAccounts accounts;
    private final KeycloakUsers keycloak;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final AccountsProperties properties;

    AccountSync(SecretariatAccounts accounts, KeycloakUsers keycloak, AuditTrail audit,
            ApplicationEventPublisher events, AccountsProperties properties) {
        this.accounts = accounts;
        this.keycloak = keycloak;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
    }

    @ApplicationModuleListener(id = "accounts.sync")
    void onAccountChanged(AccountChanged event) {
        accounts.lock(event.accountId()).ifPresent(this::sync);
    }

    @ApplicationModuleListener(id = "accounts.retire-disqualified")
    void onDisqualified(SocietyDisqualified event) {
        retire(event.society().id(), "society disqualified: " + event.reason());
    }

    @ApplicationModuleListener(id = "accounts.retire-deregistered")
    void onDeregistered(SocietyDeregistered event) {
        retire(event.society().id(), "society deregistered");
    }

    /** Disables every live account of the society and ends its sessions. */
    private void retire(UUID societyId, String reason) {
        List<SecretariatAccount> live = accounts.ofSociety(societyId).stream()
                .filter(account -> account.state() == AccountState.ACTIVE || account.state() == AccountState.DISABLED)
                .toList();
        for (SecretariatAccount account : live) {
            SecretariatAccount locked = accounts.lock(account.id()).orElseThrow();
            if (locked.state() == AccountState.ACTIVE) {
                accounts.changeState(locked.id(), AccountState.DISABLED);
                SecretariatAccount disabled = accounts.lock(locked.id()).orElseThrow();
                audit.record(societyId, "SECRETARY_ACCOUNT_DISABLED", locked.snapshot(), disabled.snapshot(), reason);
                sync(disabled);
            } else {
                sync(locked);
            }
        }
    }

    private void sync(SecretariatAccount account) {
        if (account.synced()) {
            return;
        }
        switch (account.state()) {
            case ACTIVE -> provision(account);
            case DISABLED -> {
                if (account.keycloakUserId() != null) {
                    keycloak.disable(account.keycloakUserId());
                    keycloak.endSessions(account.keycloakUserId());
                }
                accounts.synced(account.id(), account.keycloakUserId());
            }
            case REMOVED -> {
                if (account.keycloakUserId() != null) {
                    keycloak.remove(account.keycloakUserId());
                }
                accounts.synced(account.id(), account.keycloakUserId());
            }
            case REFUSED -> accounts.synced(account.id(), account.keycloakUserId());
        }
    }

    private void provision(SecretariatAccount account) {
        String userId = account.keycloakUserId();
        if (userId == null) {
            Optional<String> created = keycloak.create(representation(account));
            if (created.isPresent()) {
                userId = created.get();
            } else {
                // taken: an earlier attempt of ours whose commit was lost carries this society's id;
                // anyone else keeps their account and this invitation is refused
                Optional<KeycloakUsers.UserRepresentation> existing = keycloak.findByUsername(account.username());
                String societyId = account.societyId().toString();
                if (existing.isEmpty() || existing.get().attributes() == null
                        || !List.of(societyId).equals(existing.get().attributes().get(SOCIETY_ID))) {
                    String problem = "Keycloak already has another account with the name or email " + account.username();
                    log.warn("Secretariat account {} refused: {}", account.id(), problem);
                    accounts.refused(account.id(), problem);
                    audit.record(account.societyId(), "SECRETARY_ACCOUNT_REFUSED", account.snapshot(), null, problem);
                    return;
                }
                userId = existing.get().id();
            }
        }
        keycloak.grantRealmRole(userId, SECRETARY_ROLE);
        accounts.synced(account.id(), userId);
        if (properties.mail() && account.invitationMailedAt() == null) {
            events.publishEvent(new InvitationDue(InvitationDue.Kind.SECRETARIAT, account.id()));
        }
    }

    /** The new user: no credential yet (Keycloak mails the set-password link, or ADMIN issues a one-time password). */
    private static KeycloakUsers.UserRepresentation representation(SecretariatAccount account) {
        Names names = Names.of(account.name());
        return new KeycloakUsers.UserRepresentation(null, account.username(), account.email(), names.first(),
                names.last(), true, false, Map.of(SOCIETY_ID, List.of(account.societyId().toString())),
                List.of("UPDATE_PASSWORD"));
    }
}
