package org.citycast.society.standing;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.citycast.society.jobs.JobRuns;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly evaluation, on one instance per firing however many run. */
@Component
class StandingSchedule {

    private final StandingService standing;
    private final JobRuns runs;

    StandingSchedule(StandingService standing, JobRuns runs) {
        this.standing = standing;
        this.runs = runs;
    }

    /** After the inspection deadline check, so a second missed year counts the same night. */
    @Scheduled(cron = "${platform.standing.evaluation-cron:0 0 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "standing-evaluation", lockAtLeastFor = "${platform.jobs.lock-at-least-for:PT5M}")
    public void evaluate() {
        runs.run("standing-evaluation", standing::evaluate,
                opened -> "drafted " + opened.size() + " disqualification letters for ADMIN to confirm");
    }
}
