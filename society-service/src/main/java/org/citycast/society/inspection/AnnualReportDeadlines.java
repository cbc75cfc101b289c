package org.citycast.society.inspection;

import java.time.Clock;
import java.time.LocalDate;

import org.citycast.society.deadline.DeadlineAudience;
import org.citycast.society.deadline.DeadlineScheduled;

/**
 * The inspection's two deadlines as announced: the society's annual report ({@code ANNUAL_REPORT},
 * its secretariat) and the association's forwarding of the pre-reviewed report to civil affairs
 * ({@code INSPECTION_FORWARDING}, ADMIN). Their ids name the society and the year, so every
 * announcement of one deadline carries the same id.
 */
final class AnnualReportDeadlines {

    static final String REPORT = "ANNUAL_REPORT";
    static final String FORWARDING = "INSPECTION_FORWARDING";

    private AnnualReportDeadlines() {
    }

    static String reportId(AnnualInspection inspection) {
        return "annual-report:" + inspection.getSocietyId() + ":" + inspection.getYear();
    }

    static String forwardingId(AnnualInspection inspection) {
        return "inspection-forwarding:" + inspection.getSocietyId() + ":" + inspection.getYear();
    }

    static DeadlineScheduled report(AnnualInspection inspection, String societyName, LocalDate due, Clock clock) {
        return DeadlineScheduled.byEndOf(due, reportId(inspection), REPORT,
                DeadlineAudience.society(inspection.getSocietyId()),
                societyName + " " + inspection.getYear() + "年度工作报告（年检）", link(inspection), clock);
    }

    static DeadlineScheduled forwarding(AnnualInspection inspection, String societyName, LocalDate due, Clock clock) {
        return DeadlineScheduled.byEndOf(due, forwardingId(inspection), FORWARDING, DeadlineAudience.admin(),
                societyName + " " + inspection.getYear() + "年度年检报告初审并报送民政部门", link(inspection), clock);
    }

    private static String link(AnnualInspection inspection) {
        return "/api/societies/" + inspection.getSocietyId() + "/inspections";
    }
}
