package org.citycast.society.inspection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
class InspectionSchedule {

    private static final Logger log = LoggerFactory.getLogger(InspectionSchedule.class);

    private final InspectionService service;

    InspectionSchedule(InspectionService service) {
        this.service = service;
    }

    @Scheduled(cron = "${platform.inspection.deadline-check-cron:0 0 1 * * *}", zone = "Asia/Shanghai")
    void recordMissedDeadlines() {
        int missed = service.recordMissedDeadlines();
        if (missed > 0) {
            log.info("Recorded {} annual inspections as missed", missed);
        }
    }
}
