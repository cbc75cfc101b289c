package org.citycast.society.registration;

/** How a society's party organisation is set up (党组织); anything but NONE opens the party-building gate. */
public enum PartyOrganisationForm {
    NONE,
    /** 单独组建 */
    STANDALONE,
    /** 联合组建 */
    JOINT,
    /** 选派党建工作指导员 */
    INSTRUCTOR_ASSIGNED
}
