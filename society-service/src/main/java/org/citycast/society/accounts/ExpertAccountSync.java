package org.citycast.society.accounts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citycast.society.audit.AuditTrail;
import org.citycast.society.pool.ExpertLeftEveryPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Brings Keycloak to what the expert accounts' rows say, after each change committed, the same way
 * {@link AccountSync} does for secretariat accounts: a listener that throws while Keycloak does not
 * answer leaves its publication incomplete, and the outbox resubmission runs it again. An expert
 * who left every pool has their account withdrawn here.
 */
@Component
class ExpertAccountSync {

    static final String EXPERT_ID = "expert_id";

    /** Roles every user of the realm holds; anything else is a role of the platform. */
    private static final Set<String> BUILT_IN = Set.of("offline_access", "uma_authorization");

    private static final Logger log = LoggerFactory.getLogger(ExpertAccountSync.class);

    private final ExpertAccounts accounts;
    private final KeycloakUsers keycloak;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final AccountsProperties properties;

    ExpertAccountSync(ExpertAccounts accounts, KeycloakUsers keycloak, AuditTrail audit,
            ApplicationEventPublisher events, AccountsProperties properties) {
        this.accounts = accounts;
        this.keycloak = keycloak;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
    }

    @ApplicationModuleListener(id = "accounts.expert-sync")
    void onChanged(ExpertAccountChanged event) {
        accounts.lock(event.accountId()).ifPresent(this::sync);
    }

    /** Out of every pool: the roles go, the sessions end, and the user is disabled unless it holds another role. */
    @ApplicationModuleListener(id = "accounts.withdraw-left-pool")
    void onLeftEveryPool(ExpertLeftEveryPool event) {
        Optional<ExpertAccount> held = accounts.lockOfExpert(event.expertId());
        if (held.isEmpty()) {
            return;
        }
        ExpertAccount account = held.get();
        if (account.state() == ExpertAccountState.ACTIVE) {
            accounts.change(account.id(), Set.of(), ExpertAccountState.WITHDRAWN);
            ExpertAccount withdrawn = accounts.lock(account.id()).orElseThrow();
            audit.recordForExpert(account.expertId(), "EXPERT_ACCOUNT_WITHDRAWN", account.snapshot(),
                    withdrawn.snapshot(), "left every pool");
            sync(withdrawn);
        } else {
            sync(account);
        }
    }

    private void sync(ExpertAccount account) {
        if (account.synced()) {
            return;
        }
        switch (account.state()) {
            case ACTIVE -> provision(account);
            case WITHDRAWN -> {
                if (account.keycloakUserId() != null) {
                    withdraw(account.keycloakUserId());
                }
                accounts.synced(account.id(), account.keycloakUserId());
            }
            case REFUSED -> accounts.synced(account.id(), account.keycloakUserId());
        }
    }

    private void provision(ExpertAccount account) {
        String userId = account.keycloakUserId();
        boolean created = false;
        if (userId == null) {
            Optional<String> fresh = keycloak.create(representation(account));
            if (fresh.isPresent()) {
                userId = fresh.get();
                created = true;
            } else {
                Optional<KeycloakUsers.UserRepresentation> ours = adoptable(account);
                if (ours.isEmpty()) {
                    String problem = "Keycloak already has another account with the name or email " + account.username();
                    log.warn("Expert account {} refused: {}", account.id(), problem);
                    accounts.refused(account.id(), problem);
                    audit.recordForExpert(account.expertId(), "EXPERT_ACCOUNT_REFUSED", account.snapshot(), null,
                            problem);
                    return;
                }
                userId = ours.get().id();
            }
        }
        if (!created) {
            keycloak.enable(userId);
        }
        boolean revoked = false;
        for (ExpertRole role : ExpertRole.values()) {
            if (account.holds(role)) {
                keycloak.grantRealmRole(userId, role.name());
            } else {
                revoked |= keycloak.revokeRealmRole(userId, role.name());
            }
        }
        if (revoked) {
            keycloak.endSessions(userId);
        }
        accounts.synced(account.id(), userId);
        if (properties.mail() && account.invitationMailedAt() == null) {
            events.publishEvent(new InvitationDue(InvitationDue.Kind.EXPERT, account.id()));
        }
    }

    /**
     * A user Keycloak holds under this name or email that carries this expert's id: made by an
     * earlier attempt whose commit was lost, or the expert's own account from before. Anyone
     * else's account is never taken over.
     */
    private Optional<KeycloakUsers.UserRepresentation> adoptable(ExpertAccount account) {
        String expertId = account.expertId().toString();
        return keycloak.findByUsername(account.username()).or(() -> keycloak.findByEmail(account.email()))
                .filter(user -> user.attributes() != null && List.of(expertId).equals(user.attributes().get(EXPERT_ID)));
    }

    private void withdraw(String userId) {
        if (keycloak.find(userId).isEmpty()) {
            return;
        }
        for (ExpertRole role : ExpertRole.values()) {
            keycloak.revokeRealmRole(userId, role.name());
        }
        boolean otherRole = keycloak.realmRoles(userId).stream()
                .anyMatch(role -> !BUILT_IN.contains(role) && !role.startsWith("default-roles-"));
        if (!otherRole) {
            keycloak.disable(userId);
        }
        keycloak.endSessions(userId);
    }

    /** The new user: the expert's id, no credential yet, UPDATE_PASSWORD required. */
    private static KeycloakUsers.UserRepresentation representation(ExpertAccount account) {
        Names names = Names.of(account.name());
        return new KeycloakUsers.UserRepresentation(null, account.username(), account.email(), names.first(),
                names.last(), true, false, Map.of(EXPERT_ID, List.of(account.expertId().toString())),
                List.of("UPDATE_PASSWORD"));
    }
}
