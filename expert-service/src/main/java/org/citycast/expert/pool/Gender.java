package org.citycast.expert.pool;

public enum Gender {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Gender parse(String text) {
        for (Gender gender : values()) {
            if (gender.label.equals(text) || gender.name().equalsIgnoreCase(text)) {
                return gender;
            }
        }
        throw new IllegalArgumentException("must be 男 or 女");
    }
}
