package org.citycast.society.functiontransfer;

/** How the commissioning bureau rated the work (绩效评价). */
public enum Rating {
    EXCELLENT("优秀"), GOOD("良好"), PASSED("合格"), FAILED("不合格");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
