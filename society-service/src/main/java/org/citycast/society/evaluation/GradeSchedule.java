package org.citycast.society.evaluation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.citycast.society.jobs.JobRuns;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly expiry of grades past their validity, on one instance per firing. */
@Component
class GradeSchedule {

    private final GradeService grades;
    private final JobRuns runs;

    GradeSchedule(GradeService grades, JobRuns runs) {
        this.grades = grades;
        this.runs = runs;
    }

    @Scheduled(cron = "${platform.evaluation.expiry-cron:0 15 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "grade-expiry", lockAtLeastFor = "${platform.jobs.lock-at-least-for:PT5M}")
    public void expire() {
        runs.run("grade-expiry", grades::expire, lapsed -> lapsed + " grades lapsed at the end of their validity");
    }
}
