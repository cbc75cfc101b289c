package org.citycast.expert.award;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citycast.expert.award.Views.AssignmentResult;
import org.citycast.expert.award.Views.ConflictView;
import org.citycast.expert.award.Views.NominationView;
import org.citycast.expert.award.Views.OutcomeView;
import org.citycast.expert.award.Views.RankedView;
import org.citycast.expert.award.Views.RankingView;
import org.citycast.expert.award.Views.ReviewView;
import org.citycast.expert.award.Views.ReviewerView;
import org.citycast.expert.notice.NoticeEntry;
import org.citycast.expert.notice.NoticeService;
import org.citycast.expert.notice.ObjectionUpheld;
import org.citycast.expert.notice.ProgrammeRef;
import org.citycast.expert.platform.AssociationTime;
import org.citycast.expert.platform.CurrentUser;
import org.citycast.expert.platform.DomainException;
import org.citycast.expert.platform.FieldProblem;
import org.citycast.expert.pool.Category;
import org.citycast.expert.pool.ExpertCard;
import org.citycast.expert.pool.ExpertProfileChanged;
import org.citycast.expert.pool.ExpertService;
import org.citycast.expert.society.KnownSocieties;
import org.citycast.expert.society.KnownSociety;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award year's commands and reads. Who sees a nomination: ADMIN; the nominating society's
 * secretary; a reviewer assigned to it who has no conflict with it (checked against who the
 * reviewer is now, not only when assigned). Everyone else is told it does not exist.
 */
@Service
public class AwardService {

    private final AwardProgrammes programmes;
    private final Nominations nominations;
    private final Reviews reviews;
    private final ExpertService experts;
    private final KnownSocieties societies;
    private final NoticeService notices;
    private final AwardSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AwardService(AwardProgrammes programmes, Nominations nominations, Reviews reviews, ExpertService experts,
            KnownSocieties societies, NoticeService notices, AwardSettings settings, ApplicationEventPublisher events,
            Clock clock) {
        this.programmes = programmes;
        this.nominations = nominations;
        this.reviews = reviews;
        this.experts = experts;
        this.societies = societies;
        this.notices = notices;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public record NewProgramme(int year, AwardKind kind, String name, List<AwardClass> classes, List<Criterion> rubric,
            Integer reviewersPerNomination, Duration noticePeriod, List<StagePlan> schedule) {
    }

    public record NewNomination(UUID societyId, String candidateName, String candidateEmployer, String candidateTitle,
            String workTitle, Category category, String summary, UUID expertId) {
    }

    // ------------------------------------------------------------------ programmes

    @Transactional
    public AwardProgramme createProgramme(NewProgramme request) {
        List<FieldProblem> problems = new ArrayList<>();
        duplicates(request.classes().stream().map(AwardClass::code).toList(), "classes", problems);
        duplicates(request.rubric().stream().map(Criterion::code).toList(), "rubric", problems);
        Map<Stage, StagePlan> plan = new LinkedHashMap<>();
        List<StagePlan> schedule = request.schedule() == null ? List.of() : request.schedule();
        for (int i = 0; i < schedule.size(); i++) {
            if (plan.put(schedule.get(i).stage(), schedule.get(i)) != null) {
                problems.add(new FieldProblem("schedule[" + i + "].stage", "appears twice"));
            }
        }
        LocalDate previous = null;
        for (Stage stage : Stage.values()) {
            StagePlan planned = plan.get(stage);
            if (planned != null && planned.deadline() != null) {
                if (previous != null && planned.deadline().isBefore(previous)) {
                    problems.add(new FieldProblem("schedule[" + schedule.indexOf(planned) + "].deadline",
                            "is before the deadline of an earlier stage (" + previous + ")"));
                }
                previous = planned.deadline();
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("The programme has " + problems.size() + " problem(s).", problems);
        }
        if (programmes.existsByYearAndName(request.year(), request.name().strip())) {
            throw DomainException.conflict("There is already a programme '" + request.name() + "' in " + request.year()
                    + ".");
        }
        Duration period = notices.period(request.noticePeriod());
        int reviewers = request.reviewersPerNomination() == null ? settings.reviewersPerNomination()
                : request.reviewersPerNomination();
        return programmes.save(AwardProgramme.create(UUID.randomUUID(), request.year(), request.kind(),
                request.name(), request.classes(), request.rubric(), reviewers, period, plan, clock.instant()));
    }

    @Transactional(readOnly = true)
    public AwardProgramme programme(UUID id) {
        return programmes.findById(id).orElseThrow(() -> DomainException.notFound("Award programme", id));
    }

    @Transactional(readOnly = true)
    public List<AwardProgramme> programmes(Integer year) {
        return year == null ? programmes.findAll() : programmes.findByYearOrderByName(year);
    }

    /**
     * Moves the programme to the next stage. A decided stage closes only when every nomination
     * still in the running has its outcome; entering the public notice opens it; commendation
     * waits for the notice to close and every objection to be answered, and holds each class to
     * its quota.
     */
    @Transactional
    public AwardProgramme advance(UUID id, Stage to, CurrentUser user) {
        AwardProgramme programme = programme(id);
        List<Nomination> all = nominations.findByProgrammeId(id);
        List<Nomination> running = all.stream().filter(n -> n.getStatus() == NominationStatus.IN_PROGRESS).toList();
        programme.requireNext(to);
        long nominated = all.stream().filter(n -> n.getStatus() != NominationStatus.WITHDRAWN).count();
        if (to == Stage.COMMENDATION) {
            return commend(programme, running, nominated, user);
        }
        Stage current = programme.getStage();
        if (current == Stage.NOMINATION && running.isEmpty()) {
            throw DomainException.conflict("No nomination has been filed; there is nothing to check.");
        }
        if (current.decidedPerNomination()) {
            List<String> waiting = running.stream().filter(n -> n.outcome(current).isEmpty())
                    .map(Nomination::getCandidateName).toList();
            if (!waiting.isEmpty()) {
                throw DomainException.conflict(waiting.size() + " nomination(s) still await an outcome at " + current
                        + " (" + current.label() + "): " + String.join("、", waiting) + ".");
            }
        }
        Instant now = clock.instant();
        programme.advanceTo(to, now);
        AwardProgramme saved = programmes.save(programme);
        List<Nomination> moved = running.stream().filter(n -> n.followProgramme(to, now))
                .sorted(byClass(saved)).toList();
        nominations.saveAll(moved);
        if (to == Stage.PUBLIC_NOTICE) {
            if (moved.isEmpty()) {
                throw DomainException.conflict("No nomination passed inspection; there is nothing to put on notice.");
            }
            notices.open(ref(saved), saved.noticePeriod(), moved.stream().map(n -> entry(saved, n)).toList(),
                    nominated);
        }
        return saved;
    }

    private AwardProgramme commend(AwardProgramme programme, List<Nomination> running, long nominated,
            CurrentUser user) {
        List<String> blockers = new ArrayList<>(notices.blockersToCommendation(programme.getId()));
        Map<String, Long> perClass = running.stream()
                .collect(Collectors.groupingBy(n -> String.valueOf(n.getAwardClass()), Collectors.counting()));
        for (AwardClass awardClass : programme.getClasses()) {
            long count = perClass.getOrDefault(awardClass.code(), 0L);
            if (count > awardClass.quota()) {
                blockers.add(awardClass.name() + " (" + awardClass.code() + ") has " + count + " nominations for "
                        + awardClass.quota() + " places");
            }
        }
        if (!blockers.isEmpty()) {
            throw DomainException.conflict("Cannot commend yet: " + String.join("; ", blockers) + ".");
        }
        Instant now = clock.instant();
        LocalDate today = AssociationTime.today(clock);
        programme.commended(today, now);
        AwardProgramme saved = programmes.save(programme);
        running.forEach(n -> n.commend(user.username(), now));
        nominations.saveAll(running);
        events.publishEvent(new AwardResultsAnnounced(UUID.randomUUID(), now, ref(saved), today, nominated,
                running.stream().sorted(byClass(saved)).map(n -> winner(saved, n)).toList()));
        return saved;
    }

    // ------------------------------------------------------------------ nominations

    @Transactional
    public Nomination nominate(UUID programmeId, NewNomination request, CurrentUser user) {
        AwardProgramme programme = programme(programmeId);
        // who may nominate for which society is settled before anything about the programme is told
        UUID society;
        if (user.admin()) {
            if (request.societyId() == null) {
                throw DomainException.invalid("societyId", "is required: which society nominates");
            }
            society = request.societyId();
        } else {
            society = user.societyId().orElseThrow(() -> DomainException.forbidden(
                    "Your account is not linked to a society."));
            if (request.societyId() != null && !request.societyId().equals(society)) {
                throw DomainException.forbidden("You may nominate only for your own society.");
            }
        }
        if (programme.getStage() != Stage.NOMINATION) {
            throw DomainException.conflict("Nominations for " + programme.getName() + " closed when it moved to "
                    + programme.getStage() + ".");
        }
        KnownSociety known = societies.findById(society).orElseThrow(() -> DomainException.conflict(
                "Society " + society + " is not known to expert-service yet."));
        if (!known.isActive()) {
            throw DomainException.conflict(known.getName() + " is not in good standing (" + known.getStatus()
                    + ") and cannot nominate.");
        }
        if (programme.getKind() == AwardKind.ACADEMIC_INNOVATION
                && (request.workTitle() == null || request.workTitle().isBlank())) {
            throw DomainException.invalid("workTitle", "is required for an academic innovation award: the work nominated");
        }
        if (request.expertId() != null && experts.card(request.expertId()).isEmpty()) {
            throw DomainException.invalid("expertId", "is not an expert on file");
        }
        return nominations.save(Nomination.file(UUID.randomUUID(), programmeId, society, known.getName(),
                new Nomination.Candidate(request.candidateName(), request.candidateEmployer(),
                        request.candidateTitle(), request.workTitle(), request.category(), request.summary(),
                        request.expertId()),
                user.username(), clock.instant()));
    }

    @Transactional
    public NominationView withdraw(UUID id, CurrentUser user) {
        Nomination nomination = visible(id, user);
        user.requireWritable(nomination.getSocietyId());
        nomination.withdraw(clock.instant());
        return view(nominations.save(nomination), user);
    }

    @Transactional
    public NominationView decide(UUID id, Stage stage, boolean passed, String comment, String awardClass,
            CurrentUser user) {
        Nomination nomination = get(id);
        AwardProgramme programme = programme(nomination.getProgrammeId());
        if (!passed && (comment == null || comment.isBlank())) {
            throw DomainException.invalid("comment", "is required when a nomination does not pass");
        }
        String proposed = null;
        if (passed && stage == Stage.EXPERT_REVIEW) {
            proposed = awardClass != null ? awardClass
                    : programme.getClasses().size() == 1 ? programme.getClasses().get(0).code() : null;
            if (proposed == null) {
                throw DomainException.invalid("awardClass", "is required after expert review: one of "
                        + programme.getClasses().stream().map(AwardClass::code).toList());
            }
            if (programme.awardClass(proposed).isEmpty()) {
                throw DomainException.invalid("awardClass", "'" + proposed + "' is not a class of this award; use one of "
                        + programme.getClasses().stream().map(AwardClass::code).toList());
            }
        } else if (awardClass != null) {
            throw DomainException.invalid("awardClass", "is set only when a nomination passes expert review");
        }
        nomination.decide(stage, programme.getStage(), passed, comment, proposed, user.username(), clock.instant());
        return view(nominations.save(nomination), user);
    }

    @Transactional(readOnly = true)
    public NominationView find(UUID id, CurrentUser user) {
        return view(visible(id, user), user);
    }

    // ------------------------------------------------------------------ reviewers and recusal

    /** ADMIN's choice of reviewers for one nomination (replacing the earlier ones); a conflicted reviewer is refused. */
    @Transactional
    public NominationView assign(UUID id, List<UUID> reviewerIds, CurrentUser user) {
        Nomination nomination = get(id);
        requireAssignable(nomination);
        List<FieldProblem> problems = new ArrayList<>();
        List<ExpertCard> reviewers = new ArrayList<>();
        for (int i = 0; i < reviewerIds.size(); i++) {
            Optional<ExpertCard> card = experts.card(reviewerIds.get(i));
            if (card.isEmpty() || !card.get().committeeMember() || !card.get().inAnyPool()) {
                problems.add(new FieldProblem("reviewerIds[" + i + "]",
                        "is not a member of the expert committee in a pool"));
            } else {
                reviewers.add(card.get());
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("Some reviewers cannot be assigned.", problems);
        }
        List<String> conflicted = new ArrayList<>();
        for (ExpertCard reviewer : reviewers) {
            List<Recusal.Conflict> conflicts = Recusal.between(reviewer, nomination);
            if (!conflicts.isEmpty()) {
                conflicted.add(reviewer.name() + " (" + conflicts.stream().map(Recusal.Conflict::reason)
                        .collect(Collectors.joining("; ")) + ")");
            }
        }
        if (!conflicted.isEmpty()) {
            throw DomainException.conflict("Recusal: " + String.join(", ", conflicted)
                    + " cannot review this nomination.");
        }
        Instant now = clock.instant();
        Set<UUID> wanted = new HashSet<>(reviewerIds);
        nomination.assignments().stream().map(Assignment::reviewerId).filter(r -> !wanted.contains(r)).toList()
                .forEach(r -> nomination.unassign(r, now));
        reviewers.forEach(r -> nomination.assign(r.id(), Assignment.How.MANUAL, user.username(), now));
        return view(nominations.save(nomination), user);
    }

    /** Gives every nomination in the running its reviewers, by category and balancing the load. */
    @Transactional
    public AssignmentResult autoAssign(UUID programmeId, Integer perNomination, CurrentUser user) {
        AwardProgramme programme = programme(programmeId);
        if (programme.getStage().after(Stage.EXPERT_REVIEW)) {
            throw DomainException.conflict("Expert review of " + programme.getName() + " is over.");
        }
        int wanted = perNomination != null ? perNomination : programme.getReviewersPerNomination();
        List<ExpertCard> committee = experts.committee();
        List<Nomination> all = nominations.findByProgrammeId(programmeId);
        Map<UUID, Integer> load = new HashMap<>();
        all.forEach(n -> n.assignments().forEach(a -> load.merge(a.reviewerId(), 1, Integer::sum)));
        List<Nomination> running = all.stream().filter(n -> n.getStatus() == NominationStatus.IN_PROGRESS).toList();
        List<AutoAssignment.Slot> slots = new ArrayList<>();
        for (Nomination nomination : running) {
            Set<UUID> eligible = committee.stream()
                    .filter(r -> !nomination.isAssigned(r.id()) && !Recusal.conflicted(r, nomination))
                    .map(ExpertCard::id).collect(Collectors.toSet());
            long valid = nomination.assignments().stream().filter(a -> committee.stream()
                    .anyMatch(r -> r.id().equals(a.reviewerId()) && !Recusal.conflicted(r, nomination))).count();
            slots.add(new AutoAssignment.Slot(nomination.getId(), nomination.getCategory(),
                    (int) Math.max(0, wanted - valid), eligible));
        }
        AutoAssignment.Result result = AutoAssignment.assign(slots, committee.stream()
                .map(r -> new AutoAssignment.Reviewer(r.id(), r.category(), load.getOrDefault(r.id(), 0))).toList());
        Instant now = clock.instant();
        Map<UUID, Nomination> byId = running.stream().collect(Collectors.toMap(Nomination::getId, Function.identity()));
        int assigned = 0;
        for (Map.Entry<UUID, List<UUID>> entry : result.assigned().entrySet()) {
            Nomination nomination = byId.get(entry.getKey());
            entry.getValue().forEach(r -> nomination.assign(r, Assignment.How.AUTOMATIC, user.username(), now));
            assigned += entry.getValue().size();
            nominations.save(nomination);
        }
        return new AssignmentResult(assigned, result.shortOf());
    }

    /**
     * A conflict declared: by the reviewer on a nomination assigned to them (after which they no
     * longer see it), or by ADMIN for any reviewer, e.g. one declared on paper before assignment.
     */
    @Transactional
    public void declareConflict(UUID id, UUID reviewerId, String reason, CurrentUser user) {
        Nomination nomination;
        UUID reviewer;
        if (user.admin()) {
            if (reviewerId == null) {
                throw DomainException.invalid("reviewerId", "is required: whose conflict ADMIN records");
            }
            nomination = get(id);
            reviewer = reviewerId;
            if (experts.card(reviewer).isEmpty()) {
                throw DomainException.invalid("reviewerId", "is not an expert on file");
            }
        } else {
            nomination = visible(id, user);
            reviewer = user.expertId().orElseThrow();
        }
        nomination.declareConflict(reviewer, reason, user.username(), clock.instant());
        nominations.save(nomination);
    }

    /** Every conflict between the committee and the nominations in the running, computed and declared. */
    @Transactional(readOnly = true)
    public List<ConflictView> conflicts(UUID programmeId) {
        programme(programmeId);
        List<ExpertCard> committee = experts.committee();
        List<ConflictView> conflicts = new ArrayList<>();
        for (Nomination nomination : nominations.findByProgrammeId(programmeId)) {
            for (ExpertCard reviewer : committee) {
                Recusal.between(reviewer, nomination).forEach(c -> conflicts.add(new ConflictView(nomination.getId(),
                        nomination.getCandidateName(), c.reviewerId(), c.reviewerName(), c.kind(), c.reason())));
            }
        }
        return conflicts;
    }

    /** A profile change can create a conflict (a new society, a new employer): such assignments end at once. */
    @EventListener
    void expertChanged(ExpertProfileChanged changed) {
        experts.card(changed.expert().id()).ifPresent(reviewer -> {
            Instant now = clock.instant();
            for (Nomination nomination : nominations.findAllById(nominations.assignedTo(reviewer.id()))) {
                if (Recusal.conflicted(reviewer, nomination)) {
                    nomination.unassign(reviewer.id(), now);
                    nominations.save(nomination);
                }
            }
        });
    }

    /** An objection ADMIN upheld takes the nomination out of the notice. */
    @EventListener
    void objectionUpheld(ObjectionUpheld upheld) {
        Nomination nomination = get(upheld.nominationId());
        nomination.failPublicNotice(upheld.answer(), upheld.answeredBy(), clock.instant());
        nominations.save(nomination);
    }

    // ------------------------------------------------------------------ scores and ranking

    /** An assigned reviewer's scores, one per rubric criterion, while expert review is open for the nomination. */
    @Transactional
    public ReviewView submitReview(UUID id, Map<String, Integer> scores, String comment, CurrentUser user) {
        Nomination nomination = visible(id, user);
        AwardProgramme programme = programme(nomination.getProgrammeId());
        if (programme.getStage() != Stage.EXPERT_REVIEW || nomination.getStage() != Stage.EXPERT_REVIEW
                || nomination.getStatus() != NominationStatus.IN_PROGRESS
                || nomination.outcome(Stage.EXPERT_REVIEW).isPresent()) {
            throw DomainException.conflict("Scores are taken only while this nomination is in expert review; the "
                    + "programme is at " + programme.getStage() + ", the nomination at " + nomination.getStage() + ".");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Integer> ordered = new ArrayList<>();
        for (Criterion criterion : programme.getRubric()) {
            Integer score = scores.get(criterion.code());
            if (score == null) {
                problems.add(new FieldProblem("scores." + criterion.code(), "is required (" + criterion.name() + ")"));
            } else if (score < 0 || score > criterion.maxScore()) {
                problems.add(new FieldProblem("scores." + criterion.code(), "must be between 0 and "
                        + criterion.maxScore()));
            }
            ordered.add(score);
        }
        scores.keySet().stream().filter(code -> programme.getRubric().stream().noneMatch(c -> c.code().equals(code)))
                .forEach(code -> problems.add(new FieldProblem("scores." + code, "is not a criterion of the rubric")));
        if (!problems.isEmpty()) {
            throw DomainException.invalid("The scores have " + problems.size() + " problem(s).", problems);
        }
        UUID reviewer = user.expertId().orElseThrow();
        Review review = reviews.findByNominationIdAndReviewerId(id, reviewer).orElseGet(() -> Review.of(id, reviewer));
        review.score(ordered, comment, clock.instant());
        return reviewView(programme, reviews.save(review), "", true);
    }

    /** ADMIN sees every review by name; a reviewer their own, and the others' (anonymised) once the review has closed. */
    @Transactional(readOnly = true)
    public List<ReviewView> reviews(UUID id, CurrentUser user) {
        Nomination nomination = visible(id, user);
        AwardProgramme programme = programme(nomination.getProgrammeId());
        List<Review> all = reviews.findByNominationId(id).stream()
                .sorted(java.util.Comparator.comparing(Review::getSubmittedAt)).toList();
        List<ReviewView> views = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Review review = all.get(i);
            boolean mine = user.expertId().filter(review.getReviewerId()::equals).isPresent();
            if (user.admin()) {
                views.add(reviewView(programme, review,
                        experts.card(review.getReviewerId()).map(ExpertCard::name).orElse(null), mine));
            } else if (mine || programme.reviewClosed()) {
                views.add(reviewView(programme, review, "评审专家 " + (i + 1), mine));
            }
        }
        return views;
    }

    @Transactional(readOnly = true)
    public RankingView ranking(UUID programmeId) {
        AwardProgramme programme = programme(programmeId);
        Map<UUID, Nomination> reviewed = nominations.findByProgrammeId(programmeId).stream()
                .filter(n -> n.getStage().ordinal() >= Stage.EXPERT_REVIEW.ordinal())
                .collect(Collectors.toMap(Nomination::getId, Function.identity()));
        Map<UUID, List<List<Integer>>> scores = new HashMap<>();
        for (Review review : reviews.findByNominationIdIn(reviewed.keySet())) {
            // only reviews by reviewers still assigned count: a recused reviewer's scores do not
            if (reviewed.get(review.getNominationId()).isAssigned(review.getReviewerId())) {
                scores.computeIfAbsent(review.getNominationId(), k -> new ArrayList<>()).add(review.getScores());
            }
        }
        List<Ranking.Ranked> ranked = Ranking.rank(reviewed.values().stream()
                .map(n -> new Ranking.Scored(n.getId(), scores.getOrDefault(n.getId(), List.of()), n.getNominatedAt()))
                .toList(), programme.getClasses());
        return new RankingView(programmeId, Ranking.TIE_BREAK, programme.getClasses(), ranked.stream().map(r -> {
            Nomination n = reviewed.get(r.nomination());
            return new RankedView(r.rank(), n.getId(), n.getCandidateName(), n.getCandidateEmployer(),
                    n.getWorkTitle(), n.getSocietyName(), r.meanTotal(), r.meanFirstCriterion(), r.reviews(),
                    r.suggestedClass(), n.getAwardClass(), n.getStatus());
        }).toList());
    }

    /** Per programme of the year: nominations, and winners by class. */
    @Transactional(readOnly = true)
    public List<AwardFigures> figures(int year) {
        List<AwardFigures> figures = new ArrayList<>();
        for (AwardProgramme programme : programmes.findByYearOrderByName(year)) {
            List<Nomination> all = nominations.findByProgrammeId(programme.getId());
            Map<String, Long> winners = new LinkedHashMap<>();
            programme.getClasses().forEach(c -> winners.put(c.code(), all.stream()
                    .filter(n -> n.getStatus() == NominationStatus.COMMENDED && c.code().equals(n.getAwardClass()))
                    .count()));
            figures.add(new AwardFigures(programme.getId(), programme.getName(), programme.getKind(),
                    programme.getStage(), all.stream().filter(n -> n.getStatus() != NominationStatus.WITHDRAWN).count(),
                    winners));
        }
        return figures;
    }

    // ------------------------------------------------------------------ visibility and views

    Nomination get(UUID id) {
        return nominations.findById(id).orElseThrow(() -> DomainException.notFound("Nomination", id));
    }

    Nomination visible(UUID id, CurrentUser user) {
        Nomination nomination = get(id);
        if (!maySee(nomination, user)) {
            throw DomainException.notFound("Nomination", id);
        }
        return nomination;
    }

    /** Whether a reviewer is assigned to a nomination (and so may score it, unless conflicted). */
    @Transactional(readOnly = true)
    public boolean isAssigned(UUID nomination, UUID reviewer) {
        return get(nomination).isAssigned(reviewer);
    }

    boolean maySee(Nomination nomination, CurrentUser user) {
        if (user.admin()) {
            return true;
        }
        if (user.hasRole("SOCIETY_SECRETARY") && user.maySee(nomination.getSocietyId())) {
            return true;
        }
        if (!user.hasRole("REVIEWER") || user.expertId().isEmpty()) {
            return false;
        }
        UUID me = user.expertId().get();
        return nomination.isAssigned(me)
                && experts.card(me).filter(card -> !Recusal.conflicted(card, nomination)).isPresent();
    }

    NominationView view(Nomination n, CurrentUser user) {
        AwardProgramme programme = programme(n.getProgrammeId());
        List<ReviewerView> reviewers = List.of();
        if (user.admin()) {
            Set<UUID> reviewed = reviews.findByNominationId(n.getId()).stream().map(Review::getReviewerId)
                    .collect(Collectors.toSet());
            reviewers = n.assignments().stream().map(a -> new ReviewerView(a.reviewerId(),
                    experts.card(a.reviewerId()).map(ExpertCard::name).orElse(null), a.how(),
                    reviewed.contains(a.reviewerId()))).toList();
        }
        return new NominationView(n.getId(), programme.getId(), programme.getName(), programme.getYear(),
                n.getSocietyId(), n.getSocietyName(), n.getCandidateName(), n.getCandidateEmployer(),
                n.getCandidateTitle(), n.getWorkTitle(), n.getCategory(), n.getCategory().label(), n.getSummary(),
                n.getExpertId(), n.getStage(), n.getStage().label(), n.getStatus(), n.getAwardClass(),
                programme.className(n.getAwardClass()),
                n.outcomes().stream().map(o -> new OutcomeView(o.stage(), o.stage().label(), o.passed(), o.comment(),
                        o.awardClass(), o.decidedBy(), o.decidedAt())).toList(),
                reviewers, n.getNominatedBy(), n.getNominatedAt());
    }

    private static ReviewView reviewView(AwardProgramme programme, Review review, String reviewer, boolean mine) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        List<Criterion> rubric = programme.getRubric();
        for (int i = 0; i < rubric.size() && i < review.getScores().size(); i++) {
            scores.put(rubric.get(i).code(), review.getScores().get(i));
        }
        return new ReviewView(reviewer, mine ? review.getReviewerId() : null, scores, review.getTotal(),
                review.getComment(), review.getSubmittedAt(), mine);
    }

    private void requireAssignable(Nomination nomination) {
        AwardProgramme programme = programme(nomination.getProgrammeId());
        if (programme.getStage().after(Stage.EXPERT_REVIEW) || nomination.getStatus() != NominationStatus.IN_PROGRESS) {
            throw DomainException.conflict("Reviewers are assigned until expert review ends, to nominations in the "
                    + "running; this one is " + nomination.getStatus() + " and the programme at "
                    + programme.getStage() + ".");
        }
    }

    private static void duplicates(List<String> codes, String field, List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                problems.add(new FieldProblem(field + "[" + i + "].code", "'" + codes.get(i) + "' appears twice"));
            }
        }
    }

    /** The first class first, then the second...; within a class, in the order nominated. */
    private static java.util.Comparator<Nomination> byClass(AwardProgramme programme) {
        List<String> order = programme.getClasses().stream().map(AwardClass::code).toList();
        return java.util.Comparator.<Nomination>comparingInt(n -> order.indexOf(n.getAwardClass()) < 0 ? order.size()
                : order.indexOf(n.getAwardClass())).thenComparing(Nomination::getNominatedAt);
    }

    private static ProgrammeRef ref(AwardProgramme programme) {
        return new ProgrammeRef(programme.getId(), programme.getYear(), programme.getKind().name(),
                programme.getName());
    }

    private static NoticeEntry entry(AwardProgramme programme, Nomination n) {
        return new NoticeEntry(n.getId(), n.getCandidateName(), n.getCandidateEmployer(), n.getCandidateTitle(),
                n.getWorkTitle(), n.getAwardClass(), programme.className(n.getAwardClass()), n.getSocietyId(),
                n.getSocietyName(), n.getCategory().name());
    }

    private static AwardResultsAnnounced.Winner winner(AwardProgramme programme, Nomination n) {
        return new AwardResultsAnnounced.Winner(n.getId(), n.getCandidateName(), n.getCandidateEmployer(),
                n.getCandidateTitle(), n.getWorkTitle(), n.getAwardClass(), programme.className(n.getAwardClass()),
                n.getSocietyId(), n.getSocietyName(), n.getCategory().name(), n.getExpertId());
    }
}
