package org.citycast.society.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.citycast.society.audit.AuditTrail;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.citycast.society.registration.Society;
import org.citycast.society.registration.SocietyRegister;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN's side of secretariat accounts. Each change is a row and an {@link AccountChanged} in one
 * transaction; {@link AccountSync} carries it to Keycloak after the commit. Only ADMIN gets here
 * (the controller says so), and the check is repeated, so no other caller can reach it.
 */
@Service
class SecretariatAccountService {

    private final SecretariatAccounts accounts;
    private final ExpertAccounts expertAccounts;
    private final SocietyRegister register;
    private final KeycloakUsers keycloak;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final AccountsProperties properties;
    private final Clock clock;
    private final OneTimePasswords passwords;

    SecretariatAccountService(SecretariatAccounts accounts, ExpertAccounts expertAccounts, SocietyRegister register, KeycloakUsers keycloak,
            AuditTrail audit, ApplicationEventPublisher events, AccountsProperties properties, Clock clock,
            OneTimePasswords passwords) {
        this.accounts = accounts;
        this.expertAccounts = expertAccounts;
        this.register = register;
        this.keycloak = keycloak;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.passwords = passwords;
    }

    record Invitation(String name, String email, String phone) {
    }

    @Transactional
    public SecretariatAccount invite(UUID societyId, Invitation invitation) {
        CurrentUser user = requireAdmin();
        Society society = register.get(societyId);
        if (society.isClosed()) {
            throw DomainException.conflict("Society " + societyId + " is " + society.getStatus()
                    + "; a closed society gets no new accounts.");
        }
        String username = invitation.email().strip().toLowerCase(Locale.ROOT);
        if (accounts.usernameTaken(username) || expertAccounts.usernameTaken(username)) {
            throw DomainException.conflict("An account for " + username + " exists already.");
        }
        var account = new SecretariatAccount(UUID.randomUUID(), societyId, invitation.name().strip(), username,
                invitation.phone().strip(), username, AccountState.ACTIVE, null, false, null, clock.instant(),
                user.username(), null);
        accounts.add(account);
        audit.record(societyId, "SECRETARY_INVITED", null, account.snapshot());
        events.publishEvent(new AccountChanged(account.id()));
        return account;
    }

    @Transactional(readOnly = true)
    public List<SecretariatAccount> list(UUID societyId) {
        requireAdmin();
        register.get(societyId);
        return accounts.ofSociety(societyId);
    }

    @Transactional
    public SecretariatAccount disable(UUID societyId, UUID accountId) {
        return change(societyId, accountId, AccountState.DISABLED, "SECRETARY_ACCOUNT_DISABLED");
    }

    @Transactional
    public void remove(UUID societyId, UUID accountId) {
        change(societyId, accountId, AccountState.REMOVED, "SECRETARY_ACCOUNT_REMOVED");
    }

    private SecretariatAccount change(UUID societyId, UUID accountId, AccountState next, String action) {
        requireAdmin();
        SecretariatAccount account = existing(societyId, accountId);
        if (account.state() == next) {
            return account;
        }
        if (account.state() == AccountState.REMOVED
                || (account.state() == AccountState.REFUSED && next != AccountState.REMOVED)) {
            throw DomainException.conflict("The account is " + account.state() + "; it cannot become " + next + ".");
        }
        accounts.changeState(accountId, next);
        SecretariatAccount changed = accounts.lock(accountId).orElseThrow();
        audit.record(societyId, action, account.snapshot(), changed.snapshot());
        events.publishEvent(new AccountChanged(accountId));
        return changed;
    }

    /**
     * Gives the account a random password Keycloak marks temporary, so the first sign-in must
     * replace it; ADMIN hands it over through another channel. Issuing another one replaces it.
     */
    @Transactional
    public OneTimePassword issueOneTimePassword(UUID societyId, UUID accountId) {
        requireAdmin();
        SecretariatAccount account = existing(societyId, accountId);
        if (account.state() != AccountState.ACTIVE || !account.synced() || account.keycloakUserId() == null) {
            throw DomainException.conflict("The account is " + account.state()
                    + (account.synced() ? "" : " and not yet in Keycloak") + "; only an active account in Keycloak gets a password.");
        }
        String password = passwords.next();
        keycloak.setTemporaryPassword(account.keycloakUserId(), password);
        audit.record(societyId, "SECRETARY_ONE_TIME_PASSWORD_ISSUED", null, account.snapshot());
        return new OneTimePassword(account.username(), password, properties.signInUrl().toString(), true);
    }

    private SecretariatAccount existing(UUID societyId, UUID accountId) {
        return accounts.find(societyId, accountId)
                .orElseThrow(() -> DomainException.notFound("Secretariat account", accountId));
    }

    private static CurrentUser requireAdmin() {
        CurrentUser user = CurrentUser.get();
        if (!user.admin()) {
            throw DomainException.forbidden("Only ADMIN manages secretariat accounts.");
        }
        return user;
    }
}
