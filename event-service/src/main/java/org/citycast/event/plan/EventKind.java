package org.citycast.event.plan;

/** The kinds of event societies hold, with the words staff use. */
public enum EventKind {
    ANNUAL_MEETING("学术年会"),
    FORUM("学术论坛"),
    LECTURE("学术讲座"),
    TRAINING("培训班"),
    OUTREACH("科普活动"),
    CONGRESS("会员代表大会");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
