package org.citycast.publicity.content;

/** Where an article ran. */
public enum Channel {
    NEWSPAPER("济宁日报"),
    TV("济宁电视台"),
    NEWS_SITE("济宁新闻网"),
    PLATFORM("学会信息服务平台");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
