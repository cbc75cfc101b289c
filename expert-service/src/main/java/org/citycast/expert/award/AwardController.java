package org.citycast.expert.award;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.expert.award.Views.AssignmentResult;
import org.citycast.expert.award.Views.ConflictView;
import org.citycast.expert.award.Views.NominationView;
import org.citycast.expert.award.Views.ProgrammeView;
import org.citycast.expert.award.Views.RankingView;
import org.citycast.expert.award.Views.ReviewView;
import org.citycast.expert.platform.CurrentUser;
import org.citycast.expert.pool.Category;
import org.citycast.expert.platform.Spreadsheets;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Award programmes, their nominations, stages, reviewers, scores and results. */
@RestController
@RequestMapping("/api/awards")
class AwardController {

    private final AwardService awards;
    private final NominationDirectory directory;

    AwardController(AwardService awards, NominationDirectory directory) {
        this.awards = awards;
        this.directory = directory;
    }

    record PlannedStage(@NotNull Stage stage, @Size(max = 60) String owner, java.time.LocalDate deadline) {
    }

    /** {@code noticePeriod} is ISO-8601 ({@code P7D}); absent, the configured period applies. */
    record NewProgramme(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull AwardKind kind,
            @NotBlank @Size(max = 100) String name, @NotEmpty @Size(max = 10) List<@Valid @NotNull AwardClass> classes,
            @NotEmpty @Size(max = 10) List<@Valid @NotNull Criterion> rubric,
            @Min(1) @Max(9) Integer reviewersPerNomination, Duration noticePeriod,
            @Size(max = 8) List<@Valid @NotNull PlannedStage> schedule) {
    }

    record StageMove(@NotNull Stage stage) {
    }

    // named apart from the pool's NewNomination: the API document keys its schemas by simple name
    record NewAwardNomination(UUID societyId, @NotBlank @Size(max = 40) String candidateName,
            @NotBlank @Size(max = 100) String candidateEmployer, @Size(max = 40) String candidateTitle,
            @Size(max = 200) String workTitle, @NotNull Category category, @Size(max = 4000) String summary,
            UUID expertId) {
    }

    record OutcomeRequest(@NotNull Stage stage, @NotNull Boolean passed, @Size(max = 1000) String comment,
            @Size(max = 20) String awardClass) {
    }

    record ReviewerChoice(@NotNull @Size(max = 9) List<@NotNull UUID> reviewerIds) {
    }

    record AutoAssign(@Min(1) @Max(9) Integer reviewersPerNomination) {
    }

    record ConflictDeclaration(UUID reviewerId, @NotBlank @Size(max = 500) String reason) {
    }

    record Scores(@NotNull @Size(max = 20) Map<String, Integer> scores, @Size(max = 2000) String comment) {
    }

    @PostMapping("/programmes")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ProgrammeView> create(@Valid @RequestBody NewProgramme request) {
        List<StagePlan> schedule = request.schedule() == null ? List.of() : request.schedule().stream()
                .map(s -> new StagePlan(s.stage(), s.owner(), s.deadline(), null, null)).toList();
        AwardProgramme programme = awards.createProgramme(new AwardService.NewProgramme(request.year(),
                request.kind(), request.name(), request.classes(), request.rubric(),
                request.reviewersPerNomination(), request.noticePeriod(), schedule));
        return ResponseEntity.created(URI.create("/api/awards/programmes/" + programme.getId()))
                .body(ProgrammeView.of(programme));
    }

    @GetMapping("/programmes")
    List<ProgrammeView> programmes(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return awards.programmes(year).stream().map(ProgrammeView::of).toList();
    }

    @GetMapping("/programmes/{id}")
    ProgrammeView programme(@PathVariable UUID id) {
        return ProgrammeView.of(awards.programme(id));
    }

    /** Moves the year to the next stage; to COMMENDATION once the notice has closed without open objections. */
    @PostMapping("/programmes/{id}/stage")
    @PreAuthorize("hasRole('ADMIN')")
    ProgrammeView advance(@PathVariable UUID id, @Valid @RequestBody StageMove move) {
        return ProgrammeView.of(awards.advance(id, move.stage(), CurrentUser.get()));
    }

    @PostMapping("/programmes/{id}/nominations")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ResponseEntity<NominationView> nominate(@PathVariable UUID id, @Valid @RequestBody NewAwardNomination request) {
        CurrentUser user = CurrentUser.get();
        Nomination nomination = awards.nominate(id, new AwardService.NewNomination(request.societyId(),
                request.candidateName(), request.candidateEmployer(), request.candidateTitle(), request.workTitle(),
                request.category(), request.summary(), request.expertId()), user);
        return ResponseEntity.created(URI.create("/api/awards/nominations/" + nomination.getId()))
                .body(awards.view(nomination, user));
    }

    @GetMapping("/programmes/{id}/nominations")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY', 'REVIEWER')")
    Page<NominationView> nominations(@PathVariable UUID id, NominationFilter filter, Pageable page) {
        return directory.list(id, filter, page, CurrentUser.get());
    }

    @GetMapping("/programmes/{id}/nominations/export.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY', 'REVIEWER')")
    ResponseEntity<byte[]> export(@PathVariable UUID id, NominationFilter filter, Sort sort) {
        AwardProgramme programme = awards.programme(id);
        return Spreadsheets.download(programme.getName() + "-推荐名单.xlsx", "推荐名单", AwardSheets.NOMINATIONS,
                directory.all(id, filter, sort, CurrentUser.get()));
    }

    @GetMapping("/programmes/{id}/ranking")
    @PreAuthorize("hasRole('ADMIN')")
    RankingView ranking(@PathVariable UUID id) {
        return awards.ranking(id);
    }

    @GetMapping("/programmes/{id}/results.xlsx")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<byte[]> results(@PathVariable UUID id) {
        AwardProgramme programme = awards.programme(id);
        return Spreadsheets.download(programme.getName() + "-评选结果.xlsx", "评选结果", AwardSheets.RESULTS,
                awards.ranking(id).ranking());
    }

    @PostMapping("/programmes/{id}/assignments")
    @PreAuthorize("hasRole('ADMIN')")
    AssignmentResult autoAssign(@PathVariable UUID id, @Valid @RequestBody(required = false) AutoAssign request) {
        return awards.autoAssign(id, request == null ? null : request.reviewersPerNomination(), CurrentUser.get());
    }

    @GetMapping("/programmes/{id}/conflicts")
    @PreAuthorize("hasRole('ADMIN')")
    List<ConflictView> conflicts(@PathVariable UUID id) {
        return awards.conflicts(id);
    }

    @GetMapping("/nominations/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY', 'REVIEWER')")
    NominationView nomination(@PathVariable UUID id) {
        return awards.find(id, CurrentUser.get());
    }

    @PostMapping("/nominations/{id}/withdrawal")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    NominationView withdraw(@PathVariable UUID id) {
        return awards.withdraw(id, CurrentUser.get());
    }

    @PostMapping("/nominations/{id}/outcomes")
    @PreAuthorize("hasRole('ADMIN')")
    NominationView decide(@PathVariable UUID id, @Valid @RequestBody OutcomeRequest outcome) {
        return awards.decide(id, outcome.stage(), outcome.passed(), outcome.comment(), outcome.awardClass(),
                CurrentUser.get());
    }

    @PutMapping("/nominations/{id}/reviewers")
    @PreAuthorize("hasRole('ADMIN')")
    NominationView assign(@PathVariable UUID id, @Valid @RequestBody ReviewerChoice choice) {
        return awards.assign(id, choice.reviewerIds(), CurrentUser.get());
    }

    @PostMapping("/nominations/{id}/conflicts")
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void declareConflict(@PathVariable UUID id, @Valid @RequestBody ConflictDeclaration declaration) {
        awards.declareConflict(id, declaration.reviewerId(), declaration.reason(), CurrentUser.get());
    }

    @PutMapping("/nominations/{id}/review")
    @PreAuthorize("hasRole('REVIEWER')")
    ReviewView review(@PathVariable UUID id, @Valid @RequestBody Scores scores) {
        return awards.submitReview(id, scores.scores(), scores.comment(), CurrentUser.get());
    }

    @GetMapping("/nominations/{id}/reviews")
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    List<ReviewView> reviews(@PathVariable UUID id) {
        return awards.reviews(id, CurrentUser.get());
    }
}
