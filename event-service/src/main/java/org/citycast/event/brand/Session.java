package org.citycast.event.brand;

import java.time.Instant;
import java.util.UUID;

/** A branded academic-hall session: the year's N-th (第N期), for one planned event. */
public record Session(int year, int number, UUID plannedEventId, Instant brandedAt, String brandedBy) {

    /** How the session is announced, e.g. 城市科协学术会堂第12期. */
    public String label(String brand) {
        return brand + "第" + number + "期";
    }
}
