package org.citycast.event.stats;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.citycast.event.brand.AcademicHall;
import org.citycast.event.checkin.AttendanceService;
import org.citycast.event.event.EventService;
import org.citycast.event.event.EventStatus;
import org.citycast.event.event.EventSummary;
import org.citycast.event.plan.EventKind;
import org.citycast.event.plan.PlanService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
class StatsController {

    private final PlanService plans;
    private final AcademicHall hall;
    private final EventService events;
    private final AttendanceService attendance;

    StatsController(PlanService plans, AcademicHall hall, EventService events, AttendanceService attendance) {
        this.plans = plans;
        this.hall = hall;
        this.events = events;
        this.attendance = attendance;
    }

    @GetMapping("/api/events/stats")
    @PreAuthorize("hasRole('ADMIN')")
    YearStats stats(@RequestParam @Min(2000) @Max(2100) int year) {
        List<EventSummary> ofYear = events.ofYear(year, EnumSet.allOf(EventStatus.class));
        List<EventSummary> held = ofYear.stream().filter(e -> e.status() == EventStatus.HELD).toList();
        Set<UUID> branded = hall.ofYear(year).stream().map(AcademicHall.SessionView::plannedEventId)
                .collect(Collectors.toSet());
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (EventKind kind : EventKind.values()) {
            long count = held.stream().filter(e -> e.kind() == kind).count();
            if (count > 0) {
                byKind.put(kind.name(), count);
            }
        }
        List<UUID> outreach = held.stream().filter(e -> e.kind() == EventKind.OUTREACH).map(EventSummary::id).toList();
        AttendanceService.Totals totals = attendance.totals(held.stream().map(EventSummary::id).toList());
        return new YearStats(year, plans.plannedIn(year), branded.size(),
                ofYear.stream().filter(e -> e.status() == EventStatus.PUBLISHED).count(), held.size(),
                ofYear.stream().filter(e -> e.status() == EventStatus.CANCELLED).count(),
                held.stream().filter(e -> e.plannedEventId() != null && branded.contains(e.plannedEventId())).count(),
                byKind, new YearStats.Outreach(outreach.size(), attendance.totals(outreach).beneficiaries()),
                new YearStats.YearAttendance(totals.attended(), totals.byCity()));
    }
}
