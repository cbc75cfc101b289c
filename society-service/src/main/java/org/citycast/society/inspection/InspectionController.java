package org.citycast.society.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.society.platform.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/societies")
class InspectionController {

    private final InspectionService service;
    private final InspectionQueries queries;

    InspectionController(InspectionService service, InspectionQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    record PreReview(@NotNull Boolean passed, @Size(max = 2000) String comments) {
    }

    /** Opens a year's round by hand, for corrections: the nightly job opens each round by itself. */
    @PostMapping("/inspections/rounds/{year}")
    @PreAuthorize("hasRole('ADMIN')")
    InspectionService.Round openRound(@PathVariable @Min(1949) @Max(2200) int year) {
        return service.openRound(year);
    }

    record Schedule(LocalDate opensOn, @NotNull LocalDate reportDue, LocalDate forwardDue,
            @NotBlank @Size(max = 500) String reason) {
    }

    /** A year's round dates: the defaults, or what ADMIN set. */
    @GetMapping("/inspections/rounds/{year}/schedule")
    @PreAuthorize("hasRole('ADMIN')")
    RoundSchedule schedule(@PathVariable @Min(1949) @Max(2200) int year) {
        return service.scheduleOf(year);
    }

    /**
     * Sets a year's round dates (the association's yearly notice): an earlier opening, an extended
     * or shortened report deadline, the forwarding deadline; the societies concerned are told at once.
     */
    @PutMapping("/inspections/rounds/{year}/schedule")
    @PreAuthorize("hasRole('ADMIN')")
    RoundSchedule setSchedule(@PathVariable @Min(1949) @Max(2200) int year, @Valid @RequestBody Schedule schedule) {
        return service.schedule(year, schedule.opensOn(), schedule.reportDue(), schedule.forwardDue(),
                schedule.reason());
    }

    /** A year's inspections, by society name in pinyin order; narrowed by status or outcome. */
    @GetMapping("/inspections")
    @PreAuthorize("hasRole('ADMIN')")
    Page<InspectionQueries.RoundItem> round(@RequestParam int year,
            @RequestParam(required = false) InspectionStatus status,
            @RequestParam(required = false) InspectionOutcome outcome, Pageable page) {
        return queries.round(year, status, outcome, page);
    }

    /** Reports not forwarded to civil affairs by the forwarding deadline (31 May), newest year first. */
    @GetMapping("/inspections/forwarding-late")
    @PreAuthorize("hasRole('ADMIN')")
    Page<InspectionQueries.RoundItem> forwardingLate(@RequestParam(required = false) Integer year, Pageable page) {
        return queries.forwardingLate(year, page);
    }

    @GetMapping("/{id}/inspections")
    List<InspectionView> ofSociety(@PathVariable UUID id) {
        return service.ofSociety(id, CurrentUser.get()).stream()
                .map(inspection -> InspectionView.of(inspection, service.deadlines())).toList();
    }

    @PutMapping("/{id}/inspections/{year}/report")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    InspectionView fileReport(@PathVariable UUID id, @PathVariable int year, @Valid @RequestBody AnnualReport report) {
        return InspectionView.of(service.fileReport(id, year, report, CurrentUser.get()), service.deadlines());
    }

    @PostMapping("/{id}/inspections/{year}/pre-review")
    @PreAuthorize("hasRole('ADMIN')")
    InspectionView preReview(@PathVariable UUID id, @PathVariable int year, @Valid @RequestBody PreReview review) {
        return InspectionView.of(service.preReview(id, year, review.passed(), review.comments()),
                service.deadlines());
    }

    @PostMapping("/{id}/inspections/{year}/forwarding")
    @PreAuthorize("hasRole('ADMIN')")
    InspectionView forward(@PathVariable UUID id, @PathVariable int year) {
        return InspectionView.of(service.forward(id, year), service.deadlines());
    }

    /** Runs the nightly deadline check now: missed reports, and reports not forwarded in time. */
    @PostMapping("/inspections/deadline-check")
    @PreAuthorize("hasRole('ADMIN')")
    InspectionService.DeadlineCheck checkDeadlines() {
        return service.checkDeadlines();
    }
}
