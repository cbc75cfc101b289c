package org.citycast.society.registration;

/** Where a society stands in its lifecycle with the association and civil affairs. */
public enum SocietyStatus {
    /** Founding application being written by the future secretariat (申请成立). */
    DRAFT,
    /** Founding application handed to the association. */
    SUBMITTED,
    /** The association agreed to act as business supervisory unit (业务主管单位); civil affairs decides next. */
    PRE_APPROVED,
    /** A member society in good standing. */
    ACTIVE,
    /** Membership revoked under "can go up, can go down" (发函解除资格). */
    DISQUALIFIED,
    /** Deregistration under way (清算注销). */
    DEREGISTERING,
    DEREGISTERED;

    /** Only an active society may receive grants, organise branded events or nominate experts. */
    public boolean inGoodStanding() {
        return this == ACTIVE;
    }
}
