package org.citycast.funding.application;

import java.util.EnumSet;
import java.util.Set;

/** The life of a grant application, from draft to closing; {@link #mayMoveTo} is the whole state machine. */
public enum GrantStatus {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    RETURNED("退回修改"),
    IN_REVIEW("评审中"),
    REVIEWED("评审完成"),
    APPROVED("已批准"),
    REJECTED("未获资助"),
    WITHDRAWN("已撤回"),
    AGREED("已签协议"),
    REPORTED("结项报告已提交"),
    REPORT_ACCEPTED("结项报告已通过"),
    CLOSED("已结项");

    private final String label;

    GrantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean mayMoveTo(GrantStatus next) {
        return next(this).contains(next);
    }

    /** Funded: approved, whatever happened after. */
    public boolean funded() {
        return EnumSet.of(APPROVED, AGREED, REPORTED, REPORT_ACCEPTED, CLOSED).contains(this);
    }

    private static Set<GrantStatus> next(GrantStatus status) {
        return switch (status) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(RETURNED, IN_REVIEW, WITHDRAWN);
            case RETURNED -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case IN_REVIEW -> EnumSet.of(REVIEWED, WITHDRAWN);
            case REVIEWED -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
            case APPROVED -> EnumSet.of(AGREED);
            case AGREED -> EnumSet.of(REPORTED);
            case REPORTED -> EnumSet.of(AGREED, REPORT_ACCEPTED);
            case REPORT_ACCEPTED -> EnumSet.of(CLOSED);
            case REJECTED, WITHDRAWN, CLOSED -> EnumSet.noneOf(GrantStatus.class);
        };
    }
}
