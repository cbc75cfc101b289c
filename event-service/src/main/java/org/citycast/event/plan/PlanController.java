package org.citycast.event.plan;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.citycast.event.platform.CurrentUser;
import org.citycast.event.platform.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/events/plans")
@Validated
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    record Deadline(@NotNull LocalDate dueOn) {
    }

    record YearDeadline(int year, LocalDate dueOn) {
    }

    /** A line of the plan; ADMIN names the society, a secretary's is the one in their token. */
    record NewLine(UUID societyId, @NotBlank @Size(max = 200) String title, @NotNull EventKind kind,
            @NotNull @Min(1) @Max(12) Integer plannedMonth, @NotNull @PositiveOrZero @Max(1_000_000) Integer expectedAttendance,
            @Size(max = 500) String partners) {

        PlanService.PlanLine line() {
            return new PlanService.PlanLine(title, kind, plannedMonth, expectedAttendance, partners);
        }
    }

    record NewRating(@NotNull @Min(1) @Max(5) Integer importance, @Size(max = 1000) String comment) {
    }

    @PutMapping("/{year}/deadline")
    @PreAuthorize("hasRole('ADMIN')")
    YearDeadline setDeadline(@PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody Deadline deadline) {
        plans.setDeadline(year, deadline.dueOn(), CurrentUser.get());
        return new YearDeadline(year, deadline.dueOn());
    }

    @GetMapping("/{year}/deadline")
    YearDeadline deadline(@PathVariable @Min(2000) @Max(2100) int year) {
        return plans.deadline(year).map(dueOn -> new YearDeadline(year, dueOn))
                .orElseThrow(() -> DomainException.notFound("Planning deadline of", year));
    }

    @PostMapping("/{year}/events")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ResponseEntity<PlanService.PlanView> file(@PathVariable @Min(2000) @Max(2100) int year,
            @Valid @RequestBody NewLine request) {
        CurrentUser user = CurrentUser.get();
        UUID society = request.societyId() != null ? request.societyId() : user.societyId()
                .orElseThrow(() -> DomainException.invalid("societyId", "is required"));
        PlannedEvent plan = plans.file(year, society, request.line(), user);
        return ResponseEntity.created(URI.create("/api/events/plans/events/" + plan.id()))
                .body(plans.view(plan.id(), user));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'SOCIETY_SECRETARY')")
    List<PlanService.PlanView> list(@RequestParam @Min(2000) @Max(2100) int year,
            @RequestParam(required = false) UUID societyId,
            @RequestParam(defaultValue = "month") @jakarta.validation.constraints.Pattern(regexp = "month|importance") String sort) {
        return plans.list(year, societyId, "importance".equals(sort), CurrentUser.get());
    }

    @GetMapping("/events/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'SOCIETY_SECRETARY')")
    PlanService.PlanView get(@PathVariable UUID id) {
        return plans.view(id, CurrentUser.get());
    }

    @PutMapping("/events/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    PlanService.PlanView change(@PathVariable UUID id, @Valid @RequestBody NewLine request) {
        CurrentUser user = CurrentUser.get();
        plans.change(id, request.line(), user);
        return plans.view(id, user);
    }

    @PutMapping("/events/{id}/rating")
    @PreAuthorize("hasRole('REVIEWER')")
    Rating rate(@PathVariable UUID id, @Valid @RequestBody NewRating request) {
        return plans.rate(id, request.importance(), request.comment(), CurrentUser.get());
    }
}
