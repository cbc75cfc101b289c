package org.citycast.society.term;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.society.platform.CurrentUser;
import org.citycast.society.registration.Leader;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/societies")
class TermController {

    private final TermService service;

    TermController(TermService service) {
        this.service = service;
    }

    /** The term in office and, optionally, the leaders its election seated. */
    record CurrentTerm(@NotNull LocalDate startedOn, @Size(max = 50) List<@Valid Leader> leaders) {
    }

    record Plan(@NotNull LocalDate plannedElectionOn, @Size(max = 2000) String notes) {
    }

    record PostponementRequest(@NotNull LocalDate until, @NotBlank @Size(max = 1000) String reason) {
    }

    record PostponementDecision(@NotNull Boolean approved, @Size(max = 1000) String comment) {
    }

    record ElectionResult(@NotNull LocalDate electedOn, @NotEmpty @Size(max = 50) List<@Valid Leader> leaders) {
    }

    @GetMapping("/{id}/terms")
    List<TermView> terms(@PathVariable UUID id) {
        return service.terms(id, CurrentUser.get()).stream().map(TermView::of).toList();
    }

    @PostMapping("/{id}/terms")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ResponseEntity<TermView> recordCurrent(@PathVariable UUID id, @Valid @RequestBody CurrentTerm term) {
        Term recorded = service.recordCurrent(id, term.startedOn(), term.leaders(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/societies/" + id + "/terms")).body(TermView.of(recorded));
    }

    @PostMapping("/{id}/terms/current/plan")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    TermView submitPlan(@PathVariable UUID id, @Valid @RequestBody Plan plan) {
        return TermView.of(service.submitPlan(id, plan.plannedElectionOn(), plan.notes(), CurrentUser.get()));
    }

    @PostMapping("/{id}/terms/current/postponement")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    TermView requestPostponement(@PathVariable UUID id, @Valid @RequestBody PostponementRequest request) {
        return TermView.of(service.requestPostponement(id, request.until(), request.reason(), CurrentUser.get()));
    }

    @PostMapping("/{id}/terms/current/postponement/approval")
    @PreAuthorize("hasRole('ADMIN')")
    TermView decidePostponement(@PathVariable UUID id, @Valid @RequestBody PostponementDecision decision) {
        return TermView.of(service.decidePostponement(id, decision.approved(), decision.comment()));
    }

    @PostMapping("/{id}/terms/current/result")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    TermView recordResult(@PathVariable UUID id, @Valid @RequestBody ElectionResult result) {
        return TermView.of(service.recordResult(id, result.electedOn(), result.leaders(), CurrentUser.get()));
    }

    /** Terms past their end (or approved postponement) with no re-election yet: the ones to chase. */
    @GetMapping("/terms/overdue")
    @PreAuthorize("hasRole('ADMIN')")
    Page<TermService.TermDue> overdue(Pageable page) {
        return service.overdue(page);
    }

    /** Terms ending within {@code within} (ISO period, default six months) whose plan is still missing. */
    @GetMapping("/terms/due")
    @PreAuthorize("hasRole('ADMIN')")
    Page<TermService.TermDue> due(@RequestParam(defaultValue = "P6M") Period within, Pageable page) {
        return service.dueWithin(within, page);
    }
}
