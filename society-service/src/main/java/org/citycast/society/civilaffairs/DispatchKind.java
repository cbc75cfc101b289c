package org.citycast.society.civilaffairs;

/** What this service sends to civil affairs, and where below its base URL each goes. */
enum DispatchKind {
    /** The association agreed to be business supervisory unit (业务主管单位) of a society being founded. */
    PRE_APPROVAL("/api/v1/pre-approvals"),
    /** A society's annual report, pre-reviewed by the association, for annual inspection (年检). */
    ANNUAL_REPORT("/api/v1/annual-reports"),
    /** The association's consent, as supervisory unit, to a society's deregistration (清算注销). */
    DEREGISTRATION_CONSENT("/api/v1/deregistration-consents");

    private final String path;

    DispatchKind(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
