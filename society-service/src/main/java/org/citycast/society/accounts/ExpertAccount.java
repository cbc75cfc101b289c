package org.citycast.society.accounts;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A pool expert's platform account: the roles ADMIN granted, and what Keycloak should make of
 * them. {@code synced} is false from a change until Keycloak has been brought to it;
 * {@code invitationMailedAt} says when Keycloak mailed the set-password link.
 */
record ExpertAccount(UUID id, UUID expertId, String name, String email, String username, Set<ExpertRole> roles,
        ExpertAccountState state, String keycloakUserId, boolean synced, String problem, Instant invitationMailedAt,
        Instant grantedAt, String grantedBy) {

    ExpertAccount {
        // in the enum's order, so lists and the audit trail read the same each time
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(ExpertRole.class) : EnumSet.copyOf(roles));
    }

    /** The part the audit trail keeps: never a secret. */
    record Snapshot(UUID id, UUID expertId, String name, String username, Set<ExpertRole> roles,
            ExpertAccountState state) {
    }

    Snapshot snapshot() {
        return new Snapshot(id, expertId, name, username, roles, state);
    }

    boolean holds(ExpertRole role) {
        return roles.contains(role);
    }
}
