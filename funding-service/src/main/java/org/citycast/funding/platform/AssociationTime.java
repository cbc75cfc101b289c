package org.citycast.funding.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The association's calendar. Instants are stored in UTC, but "today", deadlines and the dates
 * people mean are Jining's.
 */
public final class AssociationTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private AssociationTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
