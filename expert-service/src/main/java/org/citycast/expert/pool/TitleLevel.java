package org.citycast.expert.pool;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The level of a professional title (职称级别), highest first. */
public enum TitleLevel {
    FULL_SENIOR("正高级", "正高"),
    ASSOCIATE_SENIOR("副高级", "副高"),
    INTERMEDIATE("中级", "中级"),
    JUNIOR("初级", "初级"),
    NONE("无", "无");

    private final String label;
    private final String shortLabel;

    TitleLevel(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    public String label() {
        return label;
    }

    /** True when this level is {@code minimum} or higher. */
    public boolean atLeast(TitleLevel minimum) {
        return ordinal() <= minimum.ordinal();
    }

    public static TitleLevel parse(String text) {
        for (TitleLevel level : values()) {
            if (level.label.equals(text) || level.shortLabel.equals(text) || level.name().equalsIgnoreCase(text)) {
                return level;
            }
        }
        throw new IllegalArgumentException("is not a title level ("
                + Arrays.stream(values()).map(TitleLevel::label).collect(Collectors.joining("、")) + ")");
    }
}
