package org.citycast.society.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.citycast.society.audit.AuditTrail;
import org.citycast.society.platform.AssociationTime;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.citycast.society.pool.PoolExpert;
import org.citycast.society.pool.PoolExperts;
import org.citycast.society.registration.Society;
import org.citycast.society.registration.SocietyRegister;
import org.citycast.society.registration.SocietyStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A grading round from opening to confirmation: eligibility, applications with their
 * self-assessment, assessors assigned by ADMIN under the recusal rules and scoring by indicator
 * group, the proposed grades on public notice, and ADMIN's confirmation, which awards the grades.
 */
@Service
public class EvaluationService {

    private final EvaluationRounds rounds;
    private final EvaluationApplications applications;
    private final Assessments assessments;
    private final GradeService grades;
    private final RegisterHistories histories;
    private final SocietyRegister register;
    private final PoolExperts pool;
    private final EvaluationSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvaluationService(EvaluationRounds rounds, EvaluationApplications applications, Assessments assessments,
            GradeService grades, RegisterHistories histories, SocietyRegister register, PoolExperts pool,
            EvaluationSettings settings, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.applications = applications;
        this.assessments = assessments;
        this.grades = grades;
        this.histories = histories;
        this.register = register;
        this.pool = pool;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A society's eligibility today: the basis it may apply on, or the reasons it may not. */
    public record EligibilityRow(UUID societyId, String societyName, boolean eligible, EvaluationRules.Basis basis,
            List<Reason> reasons) {
    }

    /** An assessor's assignment with the application's society, for the assessor's own list. */
    record Assignment(AssessmentView assessment, UUID roundId, String societyName, ApplicationStatus applicationStatus,
            IndicatorPoints selfAssessment, String statement) {
    }

    /** A proposed grade on public notice. */
    record NoticeEntry(UUID applicationId, UUID societyId, String societyName, BigDecimal score, GradeLevel proposedLevel) {
    }

    /** A round on public notice with its proposed grades, in pinyin order of the societies' names. */
    record Notice(RoundView round, List<NoticeEntry> proposals) {
    }

    @Transactional
    public EvaluationRound openRound(int year, String name, LocalDate applicationsCloseOn) {
        LocalDate today = today();
        if (year < today.getYear() - 1 || year > today.getYear() + 1) {
            throw DomainException.invalid("year", "must be this year, last year or next year");
        }
        EvaluationRound round = rounds.save(EvaluationRound.open(year, name, applicationsCloseOn, today,
                CurrentUser.get().username(), clock.instant()));
        events.publishEvent(new EvaluationRoundOpened(UUID.randomUUID(), clock.instant(), round.getId(),
                year, name, applicationsCloseOn));
        return round;
    }

    @Transactional(readOnly = true)
    public List<EvaluationRound> rounds() {
        return rounds.findAllByOrderByYearDesc();
    }

    @Transactional(readOnly = true)
    public EvaluationRound round(UUID roundId) {
        return rounds.findById(roundId).orElseThrow(() -> DomainException.notFound("Evaluation round", roundId));
    }

    @Transactional(readOnly = true)
    public EligibilityRow eligibility(UUID societyId, CurrentUser user) {
        return eligibility(register.find(societyId, user));
    }

    /** Every active society's eligibility, in pinyin order. */
    @Transactional(readOnly = true)
    public List<EligibilityRow> eligibilityOfActiveSocieties() {
        List<Society> active = register.inStatus(SocietyStatus.ACTIVE);
        Map<UUID, Society> byId = new HashMap<>();
        active.forEach(society -> byId.put(society.getId(), society));
        return register.namesInPinyinOrder(byId.keySet()).keySet().stream().map(byId::get).map(this::eligibility)
                .toList();
    }

    @Transactional
    public EvaluationApplication apply(UUID societyId, UUID roundId, String statement, IndicatorPoints selfAssessment,
            CurrentUser user) {
        user.requireWritable(societyId);
        Society society = register.get(societyId);
        EvaluationRound round = round(roundId);
        round.requireOpenFor(today());
        if (applications.existsBySocietyIdAndStatusIn(societyId,
                List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.PROPOSED))) {
            throw DomainException.conflict(society.getName() + " has an application under way already.");
        }
        var beyond = selfAssessment.beyond(settings.indicators().maxima(), "selfAssessment");
        if (!beyond.isEmpty()) {
            throw DomainException.invalid("The self-assessment gives a group more than its maximum", beyond);
        }
        EligibilityRow eligibility = eligibility(society);
        if (!eligibility.eligible()) {
            throw DomainException.invalid("societyId", society.getName() + " may not apply for grading: "
                    + EvaluationRules.explain(eligibility.reasons()));
        }
        EvaluationApplication saved = applications.save(EvaluationApplication.submit(roundId, societyId,
                society.getName(), eligibility.basis(), statement, selfAssessment, user.username(), clock.instant()));
        audit.record(societyId, "EVALUATION_APPLIED", null, ApplicationView.of(saved));
        return saved;
    }

    @Transactional
    public EvaluationApplication withdraw(UUID applicationId, CurrentUser user) {
        EvaluationApplication application = visibleApplication(applicationId, user);
        user.requireWritable(application.getSocietyId());
        return change(application, "EVALUATION_WITHDRAWN", EvaluationApplication::withdraw);
    }

    @Transactional
    public EvaluationApplication reject(UUID applicationId, String reason) {
        EvaluationApplication application = application(applicationId);
        if (round(application.getRoundId()).getStatus() == RoundStatus.CLOSED) {
            throw DomainException.conflict("The round is closed; lower or revoke the grade instead.");
        }
        return change(application, "EVALUATION_REJECTED", a -> a.reject(reason));
    }

    /**
     * ADMIN assigns an assessor with what they declare of themselves (the societies they belong to,
     * and their name and employer unless the pool read model knows them); refused (409, with the
     * reason) when the recusal rules say they must stand aside, under the declared employer or the
     * one the expert pool reports.
     */
    @Transactional
    public Assessment assign(UUID applicationId, UUID expertId, RecusalRules.Affiliation declared) {
        Optional<PoolExpert> known = pool.find(expertId);
        String name = declared.name() != null && !declared.name().isBlank() ? declared.name()
                : known.map(PoolExpert::name).orElseThrow(() -> DomainException.invalid("name",
                        "is required for an expert the pool read model does not know"));
        RecusalRules.Affiliation affiliation = new RecusalRules.Affiliation(name,
                declared.employer() != null && !declared.employer().isBlank() ? declared.employer()
                        : known.map(PoolExpert::employer).orElse(null),
                declared.societyIds());
        EvaluationApplication application = application(applicationId);
        EvaluationRound round = round(application.getRoundId());
        if (round.getStatus() != RoundStatus.OPEN && round.getStatus() != RoundStatus.SCORING) {
            throw DomainException.conflict("Assessors are assigned until the proposed grades go on notice; the round is "
                    + round.getStatus() + ".");
        }
        if (application.getStatus() != ApplicationStatus.SUBMITTED) {
            throw DomainException.conflict("The application is " + application.getStatus() + "; it takes no assessors.");
        }
        conflict(expertId, affiliation, application).ifPresent(reason -> {
            throw DomainException.conflict("Conflict of interest (回避), the assessor was not assigned: " + reason);
        });
        if (assessments.findByApplicationIdAndExpertId(applicationId, expertId).isPresent()) {
            throw DomainException.conflict(affiliation.name() + " is assigned to this application already.");
        }
        Assessment saved = assessments.save(Assessment.assign(applicationId, application.getSocietyId(), expertId,
                affiliation, CurrentUser.get().username(), clock.instant()));
        audit.record(application.getSocietyId(), "EVALUATION_ASSESSOR_ASSIGNED", null, AssessmentView.of(saved));
        return saved;
    }

    /** The assessor's points by indicator group, while the round is being scored; checked against recusal again. */
    @Transactional
    public Assessment score(UUID applicationId, IndicatorPoints points, String comments, CurrentUser user) {
        Assessment assessment = ownAssessment(applicationId, user);
        EvaluationApplication application = application(applicationId);
        round(application.getRoundId()).require(RoundStatus.SCORING, "score");
        if (application.getStatus() != ApplicationStatus.SUBMITTED) {
            throw DomainException.conflict("The application is " + application.getStatus() + "; it is not scored.");
        }
        conflict(assessment, application).ifPresent(reason -> {
            throw DomainException.conflict("Conflict of interest (回避): " + reason);
        });
        var beyond = points.beyond(settings.indicators().maxima(), "points");
        if (!beyond.isEmpty()) {
            throw DomainException.invalid("A group is given more than its maximum", beyond);
        }
        AssessmentView before = AssessmentView.of(assessment);
        assessment.score(points, comments, clock.instant());
        Assessment saved = assessments.save(assessment);
        audit.record(saved.getSocietyId(), "EVALUATION_SCORED", before, AssessmentView.of(saved));
        return saved;
    }

    /** The assessor stands aside (回避) for a conflict they declare; their score, if any, no longer counts. */
    @Transactional
    public Assessment recuse(UUID applicationId, String reason, CurrentUser user) {
        Assessment assessment = ownAssessment(applicationId, user);
        if (application(applicationId).getStatus() != ApplicationStatus.SUBMITTED) {
            throw DomainException.conflict("The application's scoring is over.");
        }
        AssessmentView before = AssessmentView.of(assessment);
        assessment.recuse(reason);
        Assessment saved = assessments.save(assessment);
        audit.record(saved.getSocietyId(), "EVALUATION_ASSESSOR_RECUSED", before, AssessmentView.of(saved), reason);
        return saved;
    }

    @Transactional(readOnly = true)
    List<Assignment> assignments(CurrentUser user) {
        UUID expert = expertOf(user);
        List<Assignment> mine = new ArrayList<>();
        for (Assessment assessment : assessments.findByExpertIdOrderByAssignedAtDesc(expert)) {
            EvaluationApplication application = application(assessment.getApplicationId());
            if (assessment.getStatus() != AssessmentStatus.RECUSED
                    && conflict(assessment, application).isEmpty()) {
                mine.add(new Assignment(AssessmentView.of(assessment), application.getRoundId(),
                        application.getSocietyName(), application.getStatus(), application.getSelfAssessment(),
                        application.getStatement()));
            }
        }
        return mine;
    }

    @Transactional
    public EvaluationRound startScoring(UUID roundId) {
        EvaluationRound round = round(roundId);
        round.startScoring();
        return rounds.save(round);
    }

    /**
     * Every pending application gets its score (the mean of its assessors' totals) and proposed
     * grade, and they go on public notice; refused while an application lacks its scores.
     */
    @Transactional
    public EvaluationRound putOnNotice(UUID roundId, Duration noticePeriod) {
        Duration period = noticePeriod == null ? settings.noticePeriod() : noticePeriod;
        if (period.compareTo(settings.minimumNoticePeriod()) < 0) {
            throw DomainException.invalid("noticePeriod", "must be at least " + settings.minimumNoticePeriod()
                    + " (the shortest public notice the rules allow)");
        }
        EvaluationRound round = round(roundId);
        round.require(RoundStatus.SCORING, "put the proposed grades on public notice");
        List<EvaluationApplication> pending = applications.findByRoundId(roundId).stream()
                .filter(a -> a.getStatus() == ApplicationStatus.SUBMITTED).toList();
        Map<EvaluationApplication, List<IndicatorPoints>> scored = new HashMap<>();
        List<String> lacking = new ArrayList<>();
        for (EvaluationApplication application : pending) {
            List<IndicatorPoints> points = assessments.findByApplicationIdOrderByAssignedAt(application.getId()).stream()
                    .filter(a -> a.getStatus() == AssessmentStatus.SCORED)
                    .filter(a -> conflict(a, application).isEmpty())
                    .map(Assessment::getPoints).toList();
            if (points.size() < settings.assessorsPerApplication()) {
                lacking.add(application.getSocietyName() + " (" + points.size() + " of "
                        + settings.assessorsPerApplication() + ")");
            }
            scored.put(application, points);
        }
        if (!lacking.isEmpty()) {
            throw DomainException.conflict("Not every application is scored yet: " + String.join(", ", lacking) + ".");
        }
        scored.forEach((application, points) -> {
            BigDecimal score = EvaluationRules.score(points);
            change(application, "EVALUATION_PROPOSED",
                    a -> a.propose(score, EvaluationRules.level(score, settings.bands()).orElse(null)));
        });
        round.putOnNotice(clock.instant(), period);
        return rounds.save(round);
    }

    /**
     * After the notice, ADMIN confirms: each proposed grade is awarded unless the society fell under
     * an exclusion meanwhile (then it is not graded, with the reason); a score below the lowest band
     * earns none.
     */
    @Transactional
    public EvaluationRound confirm(UUID roundId) {
        EvaluationRound round = round(roundId);
        round.close(clock.instant());
        for (EvaluationApplication application : applications.findByRoundId(roundId)) {
            if (application.getStatus() != ApplicationStatus.PROPOSED) {
                continue;
            }
            if (application.getProposedLevel() == null) {
                change(application, "EVALUATION_NOT_GRADED", a -> a.notGraded("scored " + a.getScore()
                        + ", below the lowest band (" + settings.bands().a() + ")"));
                continue;
            }
            List<Reason> exclusions = EvaluationRules.exclusions(histories.of(application.getSocietyId()), today(),
                    EvaluationRules.Thresholds.of(settings));
            if (!exclusions.isEmpty()) {
                change(application, "EVALUATION_NOT_GRADED",
                        a -> a.notGraded("excluded at confirmation: " + EvaluationRules.explain(exclusions)));
                continue;
            }
            Grade grade = grades.award(application, round.getYear());
            change(application, "EVALUATION_GRADED", a -> a.graded(grade.getId()));
        }
        return rounds.save(round);
    }

    /** Rounds on public notice with their proposed grades; public. */
    @Transactional(readOnly = true)
    List<Notice> notices() {
        List<Notice> notices = new ArrayList<>();
        for (EvaluationRound round : rounds.findByStatusOrderByYearDesc(RoundStatus.ON_NOTICE)) {
            List<EvaluationApplication> proposed = applications.findByRoundId(round.getId()).stream()
                    .filter(a -> a.getStatus() == ApplicationStatus.PROPOSED && a.getProposedLevel() != null).toList();
            Map<UUID, String> order = register.namesInPinyinOrder(proposed.stream()
                    .map(EvaluationApplication::getSocietyId).collect(Collectors.toSet()));
            List<UUID> sequence = List.copyOf(order.keySet());
            notices.add(new Notice(RoundView.of(round), proposed.stream()
                    .sorted(Comparator.comparingInt(a -> sequence.indexOf(a.getSocietyId())))
                    .map(a -> new NoticeEntry(a.getId(), a.getSocietyId(), a.getSocietyName(), a.getScore(),
                            a.getProposedLevel()))
                    .toList()));
        }
        return notices;
    }

    /** ADMIN sees an application with its assessors; its society without them; an assigned assessor with their own. */
    @Transactional(readOnly = true)
    ApplicationView view(UUID applicationId, CurrentUser user) {
        EvaluationApplication application = visibleApplication(applicationId, user);
        List<Assessment> all = assessments.findByApplicationIdOrderByAssignedAt(applicationId);
        if (user.admin()) {
            return ApplicationView.of(application, all.stream().map(AssessmentView::of).toList());
        }
        if (user.maySee(application.getSocietyId())) {
            return ApplicationView.of(application);
        }
        return ApplicationView.of(application, all.stream()
                .filter(a -> user.expertId().filter(a.getExpertId()::equals).isPresent())
                .map(AssessmentView::of).toList());
    }

    @Transactional(readOnly = true)
    List<ApplicationView> ofRound(UUID roundId) {
        round(roundId);
        return applications.findByRoundId(roundId).stream()
                .sorted(Comparator.comparing(EvaluationApplication::getSubmittedAt))
                .map(a -> ApplicationView.of(a, assessments.findByApplicationIdOrderByAssignedAt(a.getId()).stream()
                        .map(AssessmentView::of).toList()))
                .toList();
    }

    @Transactional(readOnly = true)
    List<ApplicationView> ofSociety(UUID societyId, CurrentUser user) {
        register.find(societyId, user);
        return applications.findBySocietyIdOrderBySubmittedAtDesc(societyId).stream().map(ApplicationView::of)
                .toList();
    }

    private EligibilityRow eligibility(Society society) {
        EvaluationRules.Eligibility eligibility = EvaluationRules.eligibility(histories.of(society), today(),
                EvaluationRules.Thresholds.of(settings));
        return new EligibilityRow(society.getId(), society.getName(), eligibility.eligible(), eligibility.basis(),
                eligibility.reasons());
    }

    /**
     * The application if the caller may see it: ADMIN, its society's secretary, or an assessor
     * assigned to it without a conflict; anyone else is told it does not exist.
     */
    private EvaluationApplication visibleApplication(UUID applicationId, CurrentUser user) {
        EvaluationApplication application = application(applicationId);
        if (user.maySee(application.getSocietyId())) {
            return application;
        }
        Optional<Assessment> assigned = user.expertId().filter(expert -> user.hasRole("REVIEWER"))
                .flatMap(expert -> assessments.findByApplicationIdAndExpertId(applicationId, expert))
                .filter(a -> a.getStatus() != AssessmentStatus.RECUSED)
                .filter(a -> conflict(a, application).isEmpty());
        if (assigned.isEmpty()) {
            throw DomainException.notFound("Evaluation application", applicationId);
        }
        return application;
    }

    private Assessment ownAssessment(UUID applicationId, CurrentUser user) {
        UUID expert = expertOf(user);
        return assessments.findByApplicationIdAndExpertId(applicationId, expert)
                .orElseThrow(() -> DomainException.notFound("Evaluation application", applicationId));
    }

    private static UUID expertOf(CurrentUser user) {
        return user.expertId().orElseThrow(() -> DomainException.forbidden(
                "Your account is not linked to an expert of the pool (no expert_id in the token)."));
    }

    private Optional<String> conflict(Assessment assessment, EvaluationApplication application) {
        return conflict(assessment.getExpertId(), assessment.affiliation(), application);
    }

    /**
     * The recusal rules under what was declared and, where the expert pool's read model knows the
     * expert, under the employer it reports now (it learns of a new employer before ADMIN would).
     */
    private Optional<String> conflict(UUID expertId, RecusalRules.Affiliation affiliation,
            EvaluationApplication application) {
        Society society = register.get(application.getSocietyId());
        RecusalRules.Applicant applicant = new RecusalRules.Applicant(society.getId(), society.getName(),
                society.getHostUnit());
        return RecusalRules.conflict(affiliation, applicant).or(() -> pool.find(expertId)
                .flatMap(known -> RecusalRules.conflict(new RecusalRules.Affiliation(affiliation.name(),
                        known.employer(), affiliation.societyIds()), applicant)));
    }

    private EvaluationApplication application(UUID applicationId) {
        return applications.findById(applicationId)
                .orElseThrow(() -> DomainException.notFound("Evaluation application", applicationId));
    }

    private EvaluationApplication change(EvaluationApplication application, String action,
            Consumer<EvaluationApplication> step) {
        ApplicationView before = ApplicationView.of(application);
        step.accept(application);
        EvaluationApplication saved = applications.save(application);
        audit.record(saved.getSocietyId(), action, before, ApplicationView.of(saved), saved.getDecisionNote());
        return saved;
    }

    private LocalDate today() {
        return AssociationTime.today(clock);
    }
}
