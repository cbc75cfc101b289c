package org.citycast.society.registration;

import java.util.Set;

/**
 * Where a society stands with the association and civil affairs. The allowed moves are listed
 * here once; {@link Society} refuses any other with a 409 that names both ends.
 */
public enum SocietyStatus {
    /** Founding application being written (申请成立). */
    DRAFT,
    /** Founding application handed to the association. */
    SUBMITTED,
    /** The association agreed to be business supervisory unit (业务主管单位); civil affairs registers next. */
    PRE_APPROVED,
    /** Already registered elsewhere, transferring in; joins through the party-building gate. */
    JOINING,
    /** A member society in good standing. */
    ACTIVE,
    /** Membership revoked under "can go up, can go down" (发函解除资格). */
    DISQUALIFIED,
    /** Deregistration under way (清算注销): resolution, liquidation, supervisory consent. */
    DEREGISTERING,
    /** Deregistered by civil affairs. */
    DEREGISTERED;

    public boolean inGoodStanding() {
        return this == ACTIVE;
    }

    boolean mayMoveTo(SocietyStatus next) {
        return switch (this) {
            case DRAFT -> next == SUBMITTED;
            case SUBMITTED -> Set.of(DRAFT, PRE_APPROVED).contains(next);
            case PRE_APPROVED, JOINING -> next == ACTIVE;
            case ACTIVE -> Set.of(DISQUALIFIED, DEREGISTERING).contains(next);
            case DISQUALIFIED -> next == DEREGISTERING;
            case DEREGISTERING -> next == DEREGISTERED;
            case DEREGISTERED -> false;
        };
    }
}
