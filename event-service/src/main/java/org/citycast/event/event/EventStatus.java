package org.citycast.event.event;

/** DRAFT → PUBLISHED → HELD; DRAFT or PUBLISHED → CANCELLED. */
public enum EventStatus {
    DRAFT, PUBLISHED, HELD, CANCELLED
}
