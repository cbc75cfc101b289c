package org.citycast.society.functiontransfer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import org.citycast.society.audit.AuditTrail;
import org.citycast.society.evaluation.Reason;
import org.citycast.society.evaluation.SocietyGrades;
import org.citycast.society.evaluation.SocietyGrades.GradeInForce;
import org.citycast.society.hostunit.HostUnitCatalogue;
import org.citycast.society.platform.AssociationTime;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.citycast.society.registration.Society;
import org.citycast.society.registration.SocietyRegister;
import org.citycast.society.registration.SocietyStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects from award to evaluation. A project goes only to a society the rules let through (its
 * grade in force and its standing, {@link FunctionTransferSettings}), checked in the same transaction
 * as the award; a refusal names {@code societyId} and says why.
 */
@Service
public class FunctionTransferService {

    private final Projects projects;
    private final SocietyRegister register;
    private final SocietyGrades grades;
    private final HostUnitCatalogue bureaus;
    private final FunctionTransferSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    FunctionTransferService(Projects projects, SocietyRegister register, SocietyGrades grades,
            HostUnitCatalogue bureaus, FunctionTransferSettings settings, AuditTrail audit, ApplicationEventPublisher events, JdbcClient jdbc,
            Clock clock) {
        this.projects = projects;
        this.register = register;
        this.grades = grades;
        this.bureaus = bureaus;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What ADMIN decides when awarding a project. */
    public record Award(ProjectKind kind, String title, String commissioningBureau, String function,
            BigDecimal contractAmount, LocalDate startsOn, LocalDate endsOn, UUID societyId,
            List<Milestone> milestones) {
    }

    /** A milestone planned with the contract. */
    public record Milestone(String title, LocalDate dueOn) {
    }

    /** A society as a candidate: its grade in force and whether it may be chosen, or why not. */
    record Candidate(UUID societyId, String societyName, GradeInForce grade, boolean eligible, List<Reason> reasons) {
    }

    /** A year's projects: awarded within it, by kind, and their contract amounts. */
    public record YearCounts(long awarded, Map<ProjectKind, Long> byKind, BigDecimal contractAmount) {
    }

    @Transactional
    public Project award(Award award) {
        if (!bureaus.exists(award.commissioningBureau())) {
            throw DomainException.invalid("commissioningBureau", "'" + award.commissioningBureau()
                    + "' is not one of the city's bureaus (GET /api/societies/host-units)");
        }
        Society society = register.get(award.societyId());
        Candidate candidate = candidate(society);
        if (!candidate.eligible()) {
            throw DomainException.invalid("societyId", society.getName() + " may not be awarded a project: "
                    + String.join("; ", candidate.reasons().stream().map(Reason::message).toList()));
        }
        Project project = projects.save(Project.award(award.kind(), award.title(), award.commissioningBureau(),
                award.function(), award.contractAmount(), award.startsOn(), award.endsOn(), society.getId(),
                society.getName(), candidate.grade() == null ? null : candidate.grade().level(),
                award.milestones().stream().map(m -> new ProjectMilestone(m.title(),
                        m.dueOn(), null, null)).toList(), today(), CurrentUser.get().username()));
        audit.record(society.getId(), "FUNCTION_TRANSFER_AWARDED", null, ProjectView.of(project));
        events.publishEvent(new FunctionTransferAwarded(UUID.randomUUID(), clock.instant(), society.getId(),
                society.getName(), project.getId(), project.getKind(), project.getTitle(),
                project.getCommissioningBureau(), project.getFunctionName(), project.getContractAmount(),
                project.getStartsOn(), project.getEndsOn(), project.getAwardedOn(), project.getGradeAtAward()));
        return project;
    }

    /** Every active society as a candidate, in pinyin order. */
    @Transactional(readOnly = true)
    List<Candidate> candidates() {
        Map<UUID, Society> active = new HashMap<>();
        register.inStatus(SocietyStatus.ACTIVE).forEach(society -> active.put(society.getId(), society));
        return register.namesInPinyinOrder(active.keySet()).keySet().stream().map(active::get).map(this::candidate)
                .toList();
    }

    @Transactional
    public Project addMilestone(UUID projectId, String title, LocalDate dueOn, CurrentUser user) {
        return change(projectId, user, "FUNCTION_TRANSFER_MILESTONE_ADDED", p -> p.addMilestone(title, dueOn));
    }

    @Transactional
    public Project completeMilestone(UUID projectId, int number, LocalDate on, String note, CurrentUser user) {
        return change(projectId, user, "FUNCTION_TRANSFER_MILESTONE_COMPLETED",
                p -> p.completeMilestone(number, on, note, today()));
    }

    @Transactional
    public Project deliver(UUID projectId, String summary, LocalDate on, CurrentUser user) {
        return change(projectId, user, "FUNCTION_TRANSFER_DELIVERED", p -> p.deliver(summary, on, today()));
    }

    @Transactional
    public Project evaluate(UUID projectId, Rating rating, String comments) {
        return change(projectId, CurrentUser.get(), "FUNCTION_TRANSFER_EVALUATED",
                p -> p.evaluate(rating, comments, today()));
    }

    @Transactional
    public Project terminate(UUID projectId, String reason) {
        return change(projectId, CurrentUser.get(), "FUNCTION_TRANSFER_TERMINATED", p -> p.terminate(reason));
    }

    /** A project for ADMIN or its society's secretary; anyone else is told there is none. */
    @Transactional(readOnly = true)
    Project visible(UUID projectId, CurrentUser user) {
        Project project = projects.findById(projectId)
                .orElseThrow(() -> DomainException.notFound("Function-transfer project", projectId));
        if (!user.maySee(project.getSocietyId())) {
            throw DomainException.notFound("Function-transfer project", projectId);
        }
        return project;
    }

    /** The year's projects by the day they were awarded (Asia/Shanghai). */
    @Transactional(readOnly = true)
    public YearCounts countsFor(int year) {
        Map<ProjectKind, Long> byKind = new TreeMap<>();
        BigDecimal[] amount = {BigDecimal.ZERO.setScale(2)};
        jdbc.sql("""
                        SELECT kind, count(*) AS n, sum(contract_amount) AS amount FROM function_transfer_project
                        WHERE awarded_on BETWEEN ? AND ? GROUP BY kind""")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query(rs -> {
                    byKind.put(ProjectKind.valueOf(rs.getString("kind")), rs.getLong("n"));
                    amount[0] = amount[0].add(rs.getBigDecimal("amount"));
                });
        return new YearCounts(byKind.values().stream().mapToLong(Long::longValue).sum(), byKind, amount[0]);
    }

    private Candidate candidate(Society society) {
        Optional<GradeInForce> grade = grades.inForce(society.getId());
        List<Reason> refusals = FunctionTransferRules.refusals(grade, grades.exclusions(society.getId()),
                settings.minimumLevel(), settings.exclusionsBar());
        return new Candidate(society.getId(), society.getName(), grade.orElse(null), refusals.isEmpty(), refusals);
    }

    private Project change(UUID projectId, CurrentUser user, String action, Consumer<Project> step) {
        Project project = visible(projectId, user);
        user.requireWritable(project.getSocietyId());
        ProjectView before = ProjectView.of(project);
        step.accept(project);
        Project saved = projects.save(project);
        audit.record(saved.getSocietyId(), action, before, ProjectView.of(saved));
        return saved;
    }

    private LocalDate today() {
        return AssociationTime.today(clock);
    }
}
