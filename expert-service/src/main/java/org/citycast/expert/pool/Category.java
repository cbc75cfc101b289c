package org.citycast.expert.pool;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The association's eight industry categories (行业门类), the same as society-service's (PlatformCopiesTest checks). */
public enum Category {
    SCIENCE("理科"),
    ENGINEERING("工科"),
    AGRICULTURE("农业"),
    MEDICINE("医学"),
    URBAN_CONSTRUCTION("城建"),
    INFORMATION("信息"),
    ENERGY_ENVIRONMENT("能源环保"),
    ECONOMY_MANAGEMENT("经济管理");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** From a sheet cell: the Chinese label or the code. */
    public static Category parse(String text) {
        for (Category category : values()) {
            if (category.label.equals(text) || category.name().equalsIgnoreCase(text)) {
                return category;
            }
        }
        throw new IllegalArgumentException("is not one of the eight categories ("
                + Arrays.stream(values()).map(Category::label).collect(Collectors.joining("、")) + ")");
    }
}
