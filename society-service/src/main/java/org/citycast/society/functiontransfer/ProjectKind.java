package org.citycast.society.functiontransfer;

public enum ProjectKind {
    FUNCTION_TRANSFER("承接政府转移职能"),
    PURCHASED_SERVICE("政府购买服务");

    private final String label;

    ProjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
