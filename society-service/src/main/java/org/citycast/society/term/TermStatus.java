package org.citycast.society.term;

public enum TermStatus {
    /** The term in office; a society has at most one. */
    CURRENT,
    /** Ended by a re-election, which started the next term. */
    RENEWED
}
