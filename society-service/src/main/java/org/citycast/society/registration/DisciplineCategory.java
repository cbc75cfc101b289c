package org.citycast.society.registration;

import org.springframework.modulith.NamedInterface;

/** The association's eight industry categories (行业门类) under which societies and experts are filed. */
@NamedInterface({"register", "lifecycle", "events"})
public enum DisciplineCategory {
    SCIENCE("理科"),
    ENGINEERING("工科"),
    AGRICULTURE("农业"),
    MEDICINE("医学"),
    URBAN_CONSTRUCTION("城建"),
    INFORMATION("信息"),
    ENERGY_ENVIRONMENT("能源环保"),
    ECONOMY_MANAGEMENT("经济管理");

    private final String label;

    DisciplineCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
