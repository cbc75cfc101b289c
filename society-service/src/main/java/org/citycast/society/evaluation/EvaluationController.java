package org.citycast.society.evaluation;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.society.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/societies")
class EvaluationController {

    private final EvaluationService service;

    EvaluationController(EvaluationService service) {
        this.service = service;
    }

    record RoundRequest(@NotNull @Min(2000) @Max(2200) Integer year, @NotBlank @Size(max = 200) String name,
            @NotNull LocalDate applicationsCloseOn) {
    }

    record ApplicationRequest(@NotNull UUID roundId, @Size(max = 4000) String statement,
            @NotNull @Valid IndicatorPoints selfAssessment) {
    }

    /**
     * An assessor as ADMIN assigns them, with what they declare of themselves: the societies they
     * belong to and their employer, which the recusal rules check; name and employer may be left out
     * for an expert the pool read model knows.
     */
    record AssessorRequest(@NotNull UUID expertId, @Size(max = 100) String name,
            @Size(max = 200) String employer, @Size(max = 50) Set<@NotNull UUID> societyIds) {
    }

    record Score(@NotNull @Valid IndicatorPoints points, @Size(max = 2000) String comments) {
    }

    record NoticeRequest(Duration noticePeriod) {
    }

    record Reasoned(@NotBlank @Size(max = 1000) String reason) {
    }

    @PostMapping("/evaluation/rounds")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<RoundView> openRound(@Valid @RequestBody RoundRequest request) {
        EvaluationRound round = service.openRound(request.year(), request.name(), request.applicationsCloseOn());
        return ResponseEntity.created(URI.create("/api/societies/evaluation/rounds/" + round.getId()))
                .body(RoundView.of(round));
    }

    @GetMapping("/evaluation/rounds")
    List<RoundView> rounds() {
        return service.rounds().stream().map(RoundView::of).toList();
    }

    @GetMapping("/evaluation/rounds/{roundId}")
    RoundView round(@PathVariable UUID roundId) {
        return RoundView.of(service.round(roundId));
    }

    @GetMapping("/evaluation/rounds/{roundId}/applications")
    @PreAuthorize("hasRole('ADMIN')")
    List<ApplicationView> applicationsOfRound(@PathVariable UUID roundId) {
        return service.ofRound(roundId);
    }

    @PostMapping("/evaluation/rounds/{roundId}/scoring")
    @PreAuthorize("hasRole('ADMIN')")
    RoundView startScoring(@PathVariable UUID roundId) {
        return RoundView.of(service.startScoring(roundId));
    }

    @PostMapping("/evaluation/rounds/{roundId}/notice")
    @PreAuthorize("hasRole('ADMIN')")
    RoundView putOnNotice(@PathVariable UUID roundId, @RequestBody(required = false) NoticeRequest notice) {
        return RoundView.of(service.putOnNotice(roundId, notice == null ? null : notice.noticePeriod()));
    }

    @PostMapping("/evaluation/rounds/{roundId}/confirmation")
    @PreAuthorize("hasRole('ADMIN')")
    RoundView confirm(@PathVariable UUID roundId) {
        return RoundView.of(service.confirm(roundId));
    }

    /** Every active society's eligibility for grading today, with the reasons for those excluded. */
    @GetMapping("/evaluation/eligibility")
    @PreAuthorize("hasRole('ADMIN')")
    List<EvaluationService.EligibilityRow> eligibility() {
        return service.eligibilityOfActiveSocieties();
    }

    @GetMapping("/{id}/evaluation/eligibility")
    EvaluationService.EligibilityRow eligibilityOf(@PathVariable UUID id) {
        return service.eligibility(id, CurrentUser.get());
    }

    @GetMapping("/{id}/evaluation/applications")
    List<ApplicationView> applicationsOf(@PathVariable UUID id) {
        return service.ofSociety(id, CurrentUser.get());
    }

    @PostMapping("/{id}/evaluation/applications")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ResponseEntity<ApplicationView> apply(@PathVariable UUID id, @Valid @RequestBody ApplicationRequest request) {
        EvaluationApplication application = service.apply(id, request.roundId(), request.statement(),
                request.selfAssessment(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/societies/evaluation/applications/" + application.getId()))
                .body(ApplicationView.of(application));
    }

    @GetMapping("/evaluation/applications/{applicationId}")
    ApplicationView application(@PathVariable UUID applicationId) {
        return service.view(applicationId, CurrentUser.get());
    }

    @PostMapping("/evaluation/applications/{applicationId}/withdrawal")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ApplicationView withdraw(@PathVariable UUID applicationId) {
        return ApplicationView.of(service.withdraw(applicationId, CurrentUser.get()));
    }

    @PostMapping("/evaluation/applications/{applicationId}/rejection")
    @PreAuthorize("hasRole('ADMIN')")
    ApplicationView reject(@PathVariable UUID applicationId, @Valid @RequestBody Reasoned rejection) {
        return ApplicationView.of(service.reject(applicationId, rejection.reason()));
    }

    /** Refused (409, with the reason) when the assessor must stand aside (回避). */
    @PostMapping("/evaluation/applications/{applicationId}/assessors")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<AssessmentView> assign(@PathVariable UUID applicationId, @Valid @RequestBody AssessorRequest request) {
        Assessment assessment = service.assign(applicationId, request.expertId(), new RecusalRules.Affiliation(
                request.name(), request.employer(), request.societyIds() == null ? Set.of() : request.societyIds()));
        return ResponseEntity.created(URI.create("/api/societies/evaluation/applications/" + applicationId))
                .body(AssessmentView.of(assessment));
    }

    /** The assessor's own assignments (by the {@code expert_id} of their token), leaving out any they stood aside from. */
    @GetMapping("/evaluation/assessments/mine")
    @PreAuthorize("hasRole('REVIEWER')")
    List<EvaluationService.Assignment> myAssessments() {
        return service.assignments(CurrentUser.get());
    }

    @PutMapping("/evaluation/applications/{applicationId}/assessments/mine")
    @PreAuthorize("hasRole('REVIEWER')")
    AssessmentView score(@PathVariable UUID applicationId, @Valid @RequestBody Score score) {
        return AssessmentView.of(service.score(applicationId, score.points(), score.comments(), CurrentUser.get()));
    }

    @PostMapping("/evaluation/applications/{applicationId}/assessments/mine/recusal")
    @PreAuthorize("hasRole('REVIEWER')")
    AssessmentView recuse(@PathVariable UUID applicationId, @Valid @RequestBody Reasoned recusal) {
        return AssessmentView.of(service.recuse(applicationId, recusal.reason(), CurrentUser.get()));
    }

    /** The proposed grades on public notice (公示), for everyone, without a login. */
    @GetMapping("/public/evaluation/notices")
    List<EvaluationService.Notice> notices() {
        return service.notices();
    }
}
