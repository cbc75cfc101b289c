package org.citycast.funding.catalogue;

/** How the year's work report counts a funded activity. */
public enum ActivityTag {
    KEY_ACTIVITY("重点活动"),
    SOCIAL_SERVICE("社会服务项目"),
    PUBLIC_WELFARE("公益活动");

    private final String label;

    ActivityTag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
