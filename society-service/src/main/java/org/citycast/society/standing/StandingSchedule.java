package org.citycast.society.standing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
class StandingSchedule {

    private static final Logger log = LoggerFactory.getLogger(StandingSchedule.class);

    private final StandingService standing;

    StandingSchedule(StandingService standing) {
        this.standing = standing;
    }

    /** After the inspection deadline check, so a second missed year counts the same night. */
    @Scheduled(cron = "${platform.standing.evaluation-cron:0 0 2 * * *}", zone = "Asia/Shanghai")
    void evaluate() {
        int opened = standing.evaluate().size();
        if (opened > 0) {
            log.info("Drafted {} disqualification letters for ADMIN to confirm", opened);
        }
    }
}
