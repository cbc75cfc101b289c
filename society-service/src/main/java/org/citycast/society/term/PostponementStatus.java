package org.citycast.society.term;

/** A request to postpone the re-election (延期换届), which only ADMIN may grant. */
public enum PostponementStatus {
    REQUESTED,
    APPROVED,
    REJECTED
}
