package org.citycast.society.registration;

import org.springframework.modulith.NamedInterface;

/** How a society's party organisation is set up (党组织); anything but NONE opens the party-building gate. */
@NamedInterface({"register", "lifecycle", "events"})
public enum PartyOrganisationForm {
    NONE("未建立"),
    /** 单独组建 */
    STANDALONE("单独组建"),
    /** 联合组建 */
    JOINT("联合组建"),
    /** 选派党建工作指导员 */
    INSTRUCTOR_ASSIGNED("选派党建工作指导员");

    private final String label;

    PartyOrganisationForm(String label) {
        this.label = label;
    }

    /** The Chinese word staff use, for exports and letters. */
    public String label() {
        return label;
    }
}
