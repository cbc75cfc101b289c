package org.citycast.funding.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the real time unless a test moves it to a given day (Asia/Shanghai
 * noon) for deadline rules; {@link #reset()} returns it to the real time.
 */
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void setToday(LocalDate day) {
        fixed = day.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }
}
