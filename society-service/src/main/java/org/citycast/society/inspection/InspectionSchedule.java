package org.citycast.society.inspection;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.citycast.society.jobs.JobRuns;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The inspection's nightly jobs. Each runs on one instance per firing (the lock), however many
 * instances run; {@code lockAtLeastFor} keeps the lock past a quick run so that an instance whose
 * clock is a little behind does not run the same firing again.
 */
@Component
class InspectionSchedule {

    private final InspectionService service;
    private final JobRuns runs;

    InspectionSchedule(InspectionService service, JobRuns runs) {
        this.service = service;
        this.runs = runs;
    }

    /** Before the deadline check, so that a new round is there when the check runs. */
    @Scheduled(cron = "${platform.inspection.round-opening-cron:0 30 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "inspection-round-opening", lockAtLeastFor = "${platform.jobs.lock-at-least-for:PT5M}")
    public void openRoundWhenDue() {
        runs.run("inspection-round-opening", service::openDueRounds, opened -> opened.isEmpty() ? "no round due"
                : String.join("; ", opened.stream().map(round -> "opened the " + round.year() + " round: "
                        + round.opened() + " inspections, " + round.exempt() + " exempt").toList()));
    }

    @Scheduled(cron = "${platform.inspection.deadline-check-cron:0 0 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "inspection-deadline-check", lockAtLeastFor = "${platform.jobs.lock-at-least-for:PT5M}")
    public void recordMissedDeadlines() {
        runs.run("inspection-deadline-check", service::checkDeadlines,
                check -> check.marked() + " missed, " + check.forwardingLate() + " not forwarded in time");
    }
}
