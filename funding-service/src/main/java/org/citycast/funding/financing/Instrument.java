package org.citycast.funding.financing;

public enum Instrument {
    TECH_TRANSFER_FUND("科技成果转化基金"),
    INCUBATOR("孵化器"),
    MAKER_SPACE("众创空间"),
    LOAN("贷款"),
    OTHER("其他");

    private final String label;

    Instrument(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
