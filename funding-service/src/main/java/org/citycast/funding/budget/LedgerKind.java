package org.citycast.funding.budget;

/** What moved in an allocation. */
public enum LedgerKind {
    /** The allocation itself was set or changed (amount = the change). */
    ALLOCATED("分配调整"),
    /** An approval committed money. */
    COMMITTED("承诺"),
    /** A tranche was paid out of committed money. */
    DISBURSED("拨付"),
    /** Committed money that will not be paid went back to available. */
    RELEASED("释放"),
    /** Paid money came back: it is no longer disbursed nor committed. */
    REFUNDED("退回");

    private final String label;

    LedgerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
