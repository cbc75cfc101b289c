package org.citycast.publicity.inbound;

import java.time.Instant;
import java.util.UUID;

/**
 * A year's annual inspection of a society ended: {@code COMPLETED} with civil affairs' outcome, or
 * {@code MISSED} without one.
 */
public record InspectionReported(UUID eventId, Instant time, UUID societyId, int year, String status,
        String outcome) {

    /** The outcome, or MISSED: how the work report counts inspections. */
    public String result() {
        return "COMPLETED".equals(status) ? outcome : status;
    }
}
