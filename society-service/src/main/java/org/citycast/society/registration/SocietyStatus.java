package org.citycast.society.registration;

import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * Where a society stands with the association and civil affairs. The allowed moves are listed
 * here once; {@link Society} refuses any other with a 409 that names both ends.
 */
@NamedInterface({"register", "lifecycle", "events"})
public enum SocietyStatus {
    /** Founding application being written (申请成立). */
    DRAFT("申请草稿"),
    /** Founding application handed to the association. */
    SUBMITTED("已提交申请"),
    /** The association agreed to be business supervisory unit (业务主管单位); civil affairs registers next. */
    PRE_APPROVED("业务主管单位已同意"),
    /** Already registered elsewhere, transferring in; joins through the party-building gate. */
    JOINING("申请加入"),
    /** A member society in good standing. */
    ACTIVE("正常"),
    /** Membership revoked under "can go up, can go down" (发函解除资格). */
    DISQUALIFIED("已解除资格"),
    /** Deregistration under way (清算注销): resolution, liquidation, supervisory consent. */
    DEREGISTERING("注销中"),
    /** Deregistered by civil affairs. */
    DEREGISTERED("已注销");

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

    private final String label;

    SocietyStatus(String label) {
        this.label = label;
    }

    /** The Chinese word staff use, for exports and letters. */
    public String label() {
        return label;
    }
}
