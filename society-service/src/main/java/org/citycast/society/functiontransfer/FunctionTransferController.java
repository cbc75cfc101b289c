package org.citycast.society.functiontransfer;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.society.platform.AssociationTime;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.citycast.society.platform.Spreadsheets;
import org.citycast.society.platform.Spreadsheets.Column;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
@RequestMapping("/api/societies/function-transfers")
class FunctionTransferController {

    private static final List<Column<ProjectQueries.Row>> COLUMNS = List.of(
            new Column<>("类型", row -> row.kind().label()),
            new Column<>("项目名称", ProjectQueries.Row::title),
            new Column<>("委托部门", ProjectQueries.Row::commissioningBureau),
            new Column<>("转移职能/购买服务内容", ProjectQueries.Row::function),
            new Column<>("合同金额（元）", ProjectQueries.Row::contractAmount),
            new Column<>("开始日期", ProjectQueries.Row::startsOn),
            new Column<>("结束日期", ProjectQueries.Row::endsOn),
            new Column<>("承接学会", ProjectQueries.Row::societyName),
            new Column<>("承接时评估等级", row -> row.gradeAtAward() == null ? "" : row.gradeAtAward().label()),
            new Column<>("状态", ProjectQueries.Row::status),
            new Column<>("确定日期", ProjectQueries.Row::awardedOn),
            new Column<>("绩效评价", row -> row.evaluationRating() == null ? "" : row.evaluationRating().label()));

    private final FunctionTransferService service;
    private final ProjectQueries queries;
    private final Clock clock;

    FunctionTransferController(FunctionTransferService service, ProjectQueries queries, Clock clock) {
        this.service = service;
        this.queries = queries;
        this.clock = clock;
    }

    record MilestoneRequest(@NotBlank @Size(max = 200) String title, @NotNull LocalDate dueOn) {
    }

    record AwardRequest(@NotNull ProjectKind kind, @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 100) String commissioningBureau, @NotBlank @Size(max = 500) String function,
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal contractAmount,
            @NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @NotNull UUID societyId,
            @Size(max = 30) List<@Valid MilestoneRequest> milestones) {
    }

    record Completion(@NotNull LocalDate completedOn, @Size(max = 1000) String note) {
    }

    record Outcome(@NotBlank @Size(max = 4000) String summary, @NotNull LocalDate deliveredOn) {
    }

    record EvaluationRequest(@NotNull Rating rating, @Size(max = 2000) String comments) {
    }

    record Termination(@NotBlank @Size(max = 1000) String reason) {
    }

    /** Awards a project; refused (400 on {@code societyId}, with the reasons) for a society the rules do not let through. */
    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ProjectView> award(@Valid @RequestBody AwardRequest request) {
        Project project = service.award(new FunctionTransferService.Award(request.kind(), request.title(),
                request.commissioningBureau(), request.function(), request.contractAmount(), request.startsOn(),
                request.endsOn(), request.societyId(), request.milestones() == null ? List.of()
                        : request.milestones().stream()
                        .map(m -> new FunctionTransferService.Milestone(m.title(), m.dueOn())).toList()));
        return ResponseEntity.created(URI.create("/api/societies/function-transfers/" + project.getId()))
                .body(ProjectView.of(project));
    }

    /** ADMIN sees every project; a secretary only their own society's. */
    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    Page<ProjectQueries.Row> list(@RequestParam(required = false) UUID societyId,
            @RequestParam(required = false) ProjectKind kind, @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q, Pageable page) {
        return queries.page(new ProjectQueries.Filter(scope(societyId), kind, status, year, q), page);
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) UUID societyId,
            @RequestParam(required = false) ProjectKind kind, @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q, Sort sort) {
        return Spreadsheets.download("承接政府职能项目-" + AssociationTime.today(clock) + ".xlsx", "项目", COLUMNS,
                queries.all(new ProjectQueries.Filter(societyId, kind, status, year, q), sort));
    }

    /** Every active society with its grade in force and whether it may be chosen, or why not. */
    @GetMapping("/candidates")
    @PreAuthorize("hasRole('ADMIN')")
    List<FunctionTransferService.Candidate> candidates() {
        return service.candidates();
    }

    @GetMapping("/{projectId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ProjectView project(@PathVariable UUID projectId) {
        return ProjectView.of(service.visible(projectId, CurrentUser.get()));
    }

    @PostMapping("/{projectId}/milestones")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ProjectView addMilestone(@PathVariable UUID projectId, @Valid @RequestBody MilestoneRequest milestone) {
        return ProjectView.of(service.addMilestone(projectId, milestone.title(), milestone.dueOn(), CurrentUser.get()));
    }

    @PostMapping("/{projectId}/milestones/{number}/completion")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ProjectView completeMilestone(@PathVariable UUID projectId, @PathVariable int number,
            @Valid @RequestBody Completion completion) {
        return ProjectView.of(service.completeMilestone(projectId, number, completion.completedOn(), completion.note(),
                CurrentUser.get()));
    }

    @PostMapping("/{projectId}/outcome")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ProjectView deliver(@PathVariable UUID projectId, @Valid @RequestBody Outcome outcome) {
        return ProjectView.of(service.deliver(projectId, outcome.summary(), outcome.deliveredOn(), CurrentUser.get()));
    }

    @PostMapping("/{projectId}/evaluation")
    @PreAuthorize("hasRole('ADMIN')")
    ProjectView evaluate(@PathVariable UUID projectId, @Valid @RequestBody EvaluationRequest evaluation) {
        return ProjectView.of(service.evaluate(projectId, evaluation.rating(), evaluation.comments()));
    }

    @PostMapping("/{projectId}/termination")
    @PreAuthorize("hasRole('ADMIN')")
    ProjectView terminate(@PathVariable UUID projectId, @Valid @RequestBody Termination termination) {
        return ProjectView.of(service.terminate(projectId, termination.reason()));
    }

    /** A secretary's list is their own society's, whatever {@code societyId} asks for. */
    private static UUID scope(UUID societyId) {
        CurrentUser user = CurrentUser.get();
        if (user.admin()) {
            return societyId;
        }
        return user.societyId().orElseThrow(() -> DomainException.forbidden("Your token names no society."));
    }
}
