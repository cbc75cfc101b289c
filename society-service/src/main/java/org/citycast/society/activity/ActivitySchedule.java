package org.citycast.society.activity;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Events age out of the window, so every society reported on is re-assessed each night. */
@Component
class ActivitySchedule {

    private final HealthAssessor assessor;

    ActivitySchedule(HealthAssessor assessor) {
        this.assessor = assessor;
    }

    /** Once per night however many instances run (ShedLock). */
    @Scheduled(cron = "${platform.activity.assessment-cron:0 0 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "activity-assessment", lockAtLeastFor = "${platform.jobs.lock-at-least-for:PT5M}")
    public void assessDaily() {
        assessor.assessAll();
    }
}
