package org.citycast.society.civilaffairs;

/** What civil affairs tells this service. */
enum MessageKind {
    /** A society was registered: it has a unified social credit code and certificate date. */
    REGISTRATION,
    /** The outcome of a society's annual inspection (年检) for a year. */
    INSPECTION_OUTCOME,
    /** A society was deregistered. */
    DEREGISTRATION
}
