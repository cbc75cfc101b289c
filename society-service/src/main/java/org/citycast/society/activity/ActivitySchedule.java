package org.citycast.society.activity;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Events age out of the window, so every society reported on is re-assessed each night. */
@Component
class ActivitySchedule {

    private final HealthAssessor assessor;

    ActivitySchedule(HealthAssessor assessor) {
        this.assessor = assessor;
    }

    @Scheduled(cron = "${platform.activity.assessment-cron:0 0 3 * * *}", zone = "Asia/Shanghai")
    void assessDaily() {
        assessor.assessAll();
    }
}
