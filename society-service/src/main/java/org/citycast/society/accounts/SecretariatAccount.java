package org.citycast.society.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * A secretariat member's platform account. {@code synced} is false from a change until Keycloak
 * has been brought to {@code state}; {@code problem} says why an account was refused;
 * {@code invitationMailedAt} says when Keycloak mailed the set-password link (null without mail).
 */
record SecretariatAccount(UUID id, UUID societyId, String name, String email, String phone, String username,
        AccountState state, String keycloakUserId, boolean synced, String problem, Instant invitedAt,
        String invitedBy, Instant invitationMailedAt) {

    /** The part the audit trail keeps: who the account is for and what it should be, never a secret. */
    record Snapshot(UUID id, String name, String email, String phone, String username, AccountState state) {
    }

    Snapshot snapshot() {
        return new Snapshot(id, name, email, phone, username, state);
    }
}
