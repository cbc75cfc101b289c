package org.citycast.society.accounts;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citycast.society.audit.AuditTrail;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.citycast.society.pool.PoolExpert;
import org.citycast.society.pool.PoolExperts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN's side of pool experts' accounts: granting REVIEWER or EXPERT to an expert who is in a
 * pool now, revoking a role, and one-time passwords. As with secretariat accounts, each change is
 * a row and an {@link ExpertAccountChanged} in one transaction, carried to Keycloak by
 * {@link ExpertAccountSync} after the commit; the controller lets only ADMIN in and the check is
 * repeated here.
 */
@Service
class ExpertAccountService {

    private final ExpertAccounts accounts;
    private final SecretariatAccounts secretariatAccounts;
    private final PoolExperts pool;
    private final KeycloakUsers keycloak;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final AccountsProperties properties;
    private final OneTimePasswords passwords;
    private final Clock clock;

    ExpertAccountService(ExpertAccounts accounts, SecretariatAccounts secretariatAccounts, PoolExperts pool,
            KeycloakUsers keycloak, AuditTrail audit, ApplicationEventPublisher events, AccountsProperties properties,
            OneTimePasswords passwords, Clock clock) {
        this.accounts = accounts;
        this.secretariatAccounts = secretariatAccounts;
        this.pool = pool;
        this.keycloak = keycloak;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.passwords = passwords;
        this.clock = clock;
    }

    record Grant(UUID expertId, String email, Set<ExpertRole> roles) {
    }

    /**
     * Grants the roles to the expert's account, creating it under {@code email} the first time.
     * Granting what the account holds already changes nothing; a withdrawn account comes back.
     */
    @Transactional
    public ExpertAccount grant(Grant grant) {
        CurrentUser user = requireAdmin();
        PoolExpert expert = pool.find(grant.expertId()).orElseThrow(() -> DomainException.notFound(
                "expertId: pool expert", grant.expertId()));
        if (!expert.inPool()) {
            throw DomainException.conflict("expertId: expert " + expert.id() + " (" + expert.name()
                    + ") is in no pool now; only an expert in a pool gets a role.");
        }
        String username = grant.email().strip().toLowerCase(Locale.ROOT);
        Optional<ExpertAccount> existing = accounts.lockOfExpert(expert.id());
        if (existing.isPresent()) {
            return regrant(existing.get(), username, grant.roles());
        }
        if (accounts.usernameTaken(username) || secretariatAccounts.usernameTaken(username)) {
            throw DomainException.conflict("email: another platform account uses " + username + " already.");
        }
        var account = new ExpertAccount(UUID.randomUUID(), expert.id(), expert.name(), username, username,
                grant.roles(), ExpertAccountState.ACTIVE, null, false, null, null, clock.instant(), user.username());
        accounts.add(account);
        audit.recordForExpert(expert.id(), "EXPERT_ACCOUNT_GRANTED", null, account.snapshot(), null);
        events.publishEvent(new ExpertAccountChanged(account.id()));
        return account;
    }

    private ExpertAccount regrant(ExpertAccount account, String username, Set<ExpertRole> roles) {
        if (!account.username().equals(username)) {
            throw DomainException.conflict("email: expert " + account.expertId() + " signs in as "
                    + account.username() + " already; grant the role to that account.");
        }
        Set<ExpertRole> held = account.state() == ExpertAccountState.ACTIVE ? account.roles() : Set.of();
        Set<ExpertRole> wanted = union(held, roles);
        if (account.state() == ExpertAccountState.ACTIVE && wanted.equals(held)) {
            return account;
        }
        accounts.change(account.id(), wanted, ExpertAccountState.ACTIVE);
        ExpertAccount changed = accounts.lock(account.id()).orElseThrow();
        audit.recordForExpert(account.expertId(), "EXPERT_ROLES_GRANTED", account.snapshot(), changed.snapshot(), null);
        events.publishEvent(new ExpertAccountChanged(account.id()));
        return changed;
    }

    /** Takes one role away; the account's last role leaves it WITHDRAWN. Revoking a role it lacks changes nothing. */
    @Transactional
    public ExpertAccount revoke(UUID accountId, ExpertRole role) {
        requireAdmin();
        ExpertAccount account = accounts.lock(accountId)
                .orElseThrow(() -> DomainException.notFound("Expert account", accountId));
        if (account.state() != ExpertAccountState.ACTIVE || !account.holds(role)) {
            return account;
        }
        Set<ExpertRole> left = EnumSet.noneOf(ExpertRole.class);
        left.addAll(account.roles());
        left.remove(role);
        accounts.change(accountId, left, left.isEmpty() ? ExpertAccountState.WITHDRAWN : ExpertAccountState.ACTIVE);
        ExpertAccount changed = accounts.lock(accountId).orElseThrow();
        audit.recordForExpert(account.expertId(), "EXPERT_ROLE_REVOKED", account.snapshot(), changed.snapshot(), null);
        events.publishEvent(new ExpertAccountChanged(accountId));
        return changed;
    }

    @Transactional(readOnly = true)
    public List<ExpertAccount> list(UUID expertId) {
        requireAdmin();
        return accounts.list(expertId);
    }

    @Transactional(readOnly = true)
    public ExpertAccount get(UUID accountId) {
        requireAdmin();
        return accounts.find(accountId).orElseThrow(() -> DomainException.notFound("Expert account", accountId));
    }

    /** As for secretariat accounts: a temporary password shown once, for a deployment without mail. */
    @Transactional
    public OneTimePassword issueOneTimePassword(UUID accountId) {
        requireAdmin();
        ExpertAccount account = accounts.find(accountId)
                .orElseThrow(() -> DomainException.notFound("Expert account", accountId));
        if (account.state() != ExpertAccountState.ACTIVE || !account.synced() || account.keycloakUserId() == null) {
            throw DomainException.conflict("The account is " + account.state()
                    + (account.synced() ? "" : " and not yet in Keycloak") + "; only an active account in Keycloak gets a password.");
        }
        String password = passwords.next();
        keycloak.setTemporaryPassword(account.keycloakUserId(), password);
        audit.recordForExpert(account.expertId(), "EXPERT_ONE_TIME_PASSWORD_ISSUED", null, account.snapshot(), null);
        return new OneTimePassword(account.username(), password, properties.signInUrl().toString(), true);
    }

    private static Set<ExpertRole> union(Set<ExpertRole> a, Set<ExpertRole> b) {
        Set<ExpertRole> all = EnumSet.noneOf(ExpertRole.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    private static CurrentUser requireAdmin() {
        CurrentUser user = CurrentUser.get();
        if (!user.admin()) {
            throw DomainException.forbidden("Only ADMIN manages experts' accounts.");
        }
        return user;
    }
}
