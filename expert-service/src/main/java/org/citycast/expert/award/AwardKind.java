package org.citycast.expert.award;

public enum AwardKind {
    OUTSTANDING_WORKER("优秀科技工作者"),
    ACADEMIC_INNOVATION("自然科学学术创新奖");

    private final String label;

    AwardKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
