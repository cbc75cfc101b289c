package org.citycast.funding.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citycast.funding.application.Applications;
import org.citycast.funding.application.GrantStatus;
import org.citycast.funding.application.GrantView;
import org.citycast.funding.audit.AuditTrail;
import org.citycast.funding.call.Calls;
import org.citycast.funding.call.Criterion;
import org.citycast.funding.expert.ExpertProfile;
import org.citycast.funding.expert.ExpertRoster;
import org.citycast.funding.platform.CurrentUser;
import org.citycast.funding.platform.DomainException;
import org.citycast.funding.platform.FieldProblem;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review stage. Conflicts are checked when a reviewer is assigned and again whenever they
 * look, score, or the stage closes, since the expert pool may tell us of a new membership at any
 * time: a reviewer with a conflict is told the application does not exist (404).
 */
@Service
public class Reviews {

    private final ReviewAssignments assignments;
    private final DeclaredConflicts declared;
    private final Applications applications;
    private final Calls calls;
    private final ExpertRoster roster;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final JdbcAggregateTemplate aggregates;
    private final Clock clock;

    Reviews(ReviewAssignments assignments, DeclaredConflicts declared, Applications applications, Calls calls,
            ExpertRoster roster, AuditTrail audit, JdbcClient jdbc, JdbcAggregateTemplate aggregates, Clock clock) {
        this.assignments = assignments;
        this.declared = declared;
        this.applications = applications;
        this.calls = calls;
        this.roster = roster;
        this.audit = audit;
        this.jdbc = jdbc;
        this.aggregates = aggregates;
        this.clock = clock;
    }

    record ScoreView(String criterion, String name, int weight, int score) {
    }

    record AssignmentView(UUID id, UUID applicationId, UUID expertId, String expertName, String status,
            BigDecimal total, String comments, List<ScoreView> scores, Instant assignedAt, Instant scoredAt) {
    }

    /** What a reviewer (or ADMIN) sees of an application under review. */
    record ReviewSheet(GrantView application, List<Criterion> rubric, boolean stageClosed, AssignmentView mine,
            List<AssignmentView> reviews) {
    }

    /** Assigns reviewers; if any of them has a conflict, none is assigned and the answer says why. */
    @Transactional
    public List<AssignmentView> assign(UUID application, List<UUID> experts, CurrentUser user) {
        GrantView grant = applications.view(application);
        if (grant.status() != GrantStatus.IN_REVIEW) {
            throw DomainException.conflict("Reviewers are assigned once the formal check is passed; the application is "
                    + grant.status() + ".");
        }
        List<String> refusals = new ArrayList<>();
        List<UUID> unique = List.copyOf(new LinkedHashSet<>(experts));
        for (UUID expert : unique) {
            Optional<String> conflict = conflict(expert, grant);
            Optional<ReviewAssignment> existing = assignments.findByApplicationIdAndExpertId(application, expert);
            if (conflict.isPresent()) {
                refusals.add(conflict.get());
            } else if (existing.isPresent() && existing.get().getStatus() == AssignmentStatus.RECUSED) {
                refusals.add("Expert " + expert + " withdrew from this review for a conflict.");
            }
        }
        if (!refusals.isEmpty()) {
            throw DomainException.conflict("Conflict of interest, no reviewer was assigned: "
                    + String.join(" ", refusals));
        }
        for (UUID expert : unique) {
            if (assignments.findByApplicationIdAndExpertId(application, expert).isEmpty()) {
                ReviewAssignment saved = assignments.save(ReviewAssignment.assign(application, expert,
                        user.username(), clock.instant()));
                audit.record(application.toString(), grant.societyId(), "REVIEWER_ASSIGNED", null,
                        view(saved, grant, false));
            }
        }
        return assignments.findByApplicationIdOrderByAssignedAt(application).stream()
                .map(assignment -> view(assignment, grant, true)).toList();
    }

    /**
     * A reviewer states a conflict: with the society behind an application assigned to them, or
     * with a society outright. Their open reviews of that society's applications are withdrawn.
     * ADMIN may record one on a reviewer's behalf by naming the expert.
     */
    @Transactional
    public DeclaredConflict declare(UUID expertId, UUID applicationId, UUID societyId, String reason,
            CurrentUser user) {
        UUID expert = user.admin() ? expertId : user.expertId()
                .orElseThrow(() -> DomainException.forbidden("Your account is not linked to an expert of the pool."));
        if (expert == null) {
            throw DomainException.invalid("expertId", "is required when ADMIN declares on a reviewer's behalf");
        }
        UUID society = societyId;
        if (applicationId != null) {
            GrantView grant = applications.view(applicationId);
            if (!user.admin() && assignments.findByApplicationIdAndExpertId(applicationId, expert).isEmpty()) {
                throw DomainException.notFound("Application", applicationId);
            }
            society = grant.societyId();
        }
        if (society == null) {
            throw DomainException.invalid("societyId", "or applicationId is required");
        }
        // a record with its id already set is new: insert it rather than let save() guess an update
        DeclaredConflict conflict = aggregates.insert(new DeclaredConflict(UUID.randomUUID(), expert, society,
                applicationId, reason.strip(), user.username(), clock.instant()));
        audit.record("expert:" + expert, society, "CONFLICT_DECLARED", null, conflict);
        jdbc.sql("""
                        SELECT r.id FROM review_assignment r JOIN grant_application a ON a.id = r.application_id
                        WHERE r.expert_id = ? AND a.society_id = ? AND r.status IN ('ASSIGNED', 'SCORED')
                        AND a.status = 'IN_REVIEW'""")
                .params(expert, society).query(UUID.class).list()
                .forEach(id -> assignments.findById(id).ifPresent(assignment -> {
                    assignment.recuse();
                    assignments.save(assignment);
                    audit.record(assignment.getApplicationId().toString(), conflict.societyId(), "REVIEWER_RECUSED",
                            null, Map.of("expertId", expert, "reason", conflict.reason()));
                }));
        return conflict;
    }

    /** A reviewer's scores on the call's rubric: every criterion, 0–100; the total weighs them. */
    @Transactional
    public ReviewSheet score(UUID application, Map<String, Integer> scores, String comments, CurrentUser user) {
        UUID expert = user.expertId()
                .orElseThrow(() -> DomainException.forbidden("Your account is not linked to an expert of the pool."));
        GrantView grant = applications.view(application);
        ReviewAssignment assignment = visibleAssignment(grant, expert);
        if (grant.status() != GrantStatus.IN_REVIEW) {
            throw DomainException.conflict("The review stage of this application is closed.");
        }
        List<Criterion> rubric = calls.get(grant.callId()).rubric();
        List<FieldProblem> problems = new ArrayList<>();
        List<CriterionScore> given = new ArrayList<>();
        for (Criterion criterion : rubric) {
            Integer score = scores.get(criterion.key());
            if (score == null) {
                problems.add(new FieldProblem("scores." + criterion.key(), "is required (" + criterion.name() + ")"));
            } else if (score < 0 || score > 100) {
                problems.add(new FieldProblem("scores." + criterion.key(), "must be between 0 and 100"));
            } else {
                given.add(new CriterionScore(criterion.key(), score));
            }
        }
        scores.keySet().stream().filter(key -> rubric.stream().noneMatch(c -> c.key().equals(key)))
                .forEach(key -> problems.add(new FieldProblem("scores." + key, "is not a criterion of the rubric")));
        if (!problems.isEmpty()) {
            throw DomainException.invalid("The scores do not fit the rubric", problems);
        }
        AssignmentView before = view(assignment, grant, true);
        assignment.score(given, total(rubric, given), comments, clock.instant());
        ReviewAssignment saved = assignments.save(assignment);
        audit.record(application.toString(), grant.societyId(), "SCORED", before, view(saved, grant, true));
        return sheet(application, user);
    }

    /** ADMIN sees every review; a reviewer their own, and the others' only once the stage is closed. */
    @Transactional(readOnly = true)
    public ReviewSheet sheet(UUID application, CurrentUser user) {
        GrantView grant;
        if (user.admin()) {
            grant = applications.view(application);
        } else {
            UUID expert = user.expertId().orElseThrow(() -> DomainException.notFound("Application", application));
            grant = visible(application, expert);
        }
        boolean closed = grant.status() != GrantStatus.IN_REVIEW;
        List<ReviewAssignment> all = assignments.findByApplicationIdOrderByAssignedAt(application);
        AssignmentView mine = user.expertId()
                .flatMap(expert -> all.stream().filter(a -> a.getExpertId().equals(expert)).findFirst())
                .map(assignment -> view(assignment, grant, true)).orElse(null);
        List<AssignmentView> reviews = user.admin() || closed
                ? all.stream().map(assignment -> view(assignment, grant, user.admin() || closed)).toList()
                : List.of();
        return new ReviewSheet(grant, calls.get(grant.callId()).rubric(), closed, mine, reviews);
    }

    /** Closes the stage: withdraws reviewers who turned out conflicted, lapses the unscored, and averages the rest. */
    @Transactional
    public GrantView close(UUID application) {
        GrantView grant = applications.view(application);
        if (grant.status() != GrantStatus.IN_REVIEW) {
            throw DomainException.conflict("The application is " + grant.status() + ", not in review.");
        }
        List<BigDecimal> totals = new ArrayList<>();
        for (ReviewAssignment assignment : assignments.findByApplicationIdOrderByAssignedAt(application)) {
            if (assignment.active() && conflict(assignment.getExpertId(), grant).isPresent()) {
                assignment.recuse();
            }
            assignment.lapse();
            assignments.save(assignment);
            if (assignment.getStatus() == AssignmentStatus.SCORED) {
                totals.add(assignment.getTotal());
            }
        }
        if (totals.isEmpty()) {
            throw DomainException.conflict("No reviewer without a conflict has scored this application yet; the stage "
                    + "cannot close.");
        }
        BigDecimal mean = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
        return applications.reviewed(application, mean);
    }

    record AssignmentFilter(UUID expertId, String status, UUID applicationId) {
    }

    record AssignmentItem(UUID id, UUID applicationId, String title, String societyName, String applicationStatus,
            UUID expertId, String status, BigDecimal total, Instant assignedAt) {
    }

    /** A reviewer's own open and past reviews, without the ones they have a conflict with; ADMIN's any. */
    @Transactional(readOnly = true)
    Page<AssignmentItem> assignments(AssignmentFilter filter, Pageable page, CurrentUser user) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!user.admin()) {
            conditions.add("r.expert_id = :me AND r.status <> 'RECUSED'");
            params.put("me", user.expertId().orElse(new UUID(0, 0)));
        } else if (filter.expertId() != null) {
            conditions.add("r.expert_id = :expert");
            params.put("expert", filter.expertId());
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            conditions.add("r.status = :status");
            params.put("status", filter.status().strip());
        }
        if (filter.applicationId() != null) {
            conditions.add("r.application_id = :application");
            params.put("application", filter.applicationId());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String from = " FROM review_assignment r JOIN grant_application a ON a.id = r.application_id";
        List<AssignmentItem> rows = jdbc.sql("SELECT r.id, r.application_id, a.title, a.society_name, a.society_id, "
                        + "a.status AS application_status, r.expert_id, r.status, r.total, r.assigned_at" + from + where
                        + " ORDER BY r.assigned_at DESC, r.id").params(params)
                .query((rs, n) -> new AssignmentItem(rs.getObject("id", UUID.class),
                        rs.getObject("application_id", UUID.class), rs.getString("title"), rs.getString("society_name"),
                        rs.getString("application_status"), rs.getObject("expert_id", UUID.class),
                        rs.getString("status"), rs.getBigDecimal("total"), rs.getTimestamp("assigned_at").toInstant()))
                .list();
        List<AssignmentItem> visible = user.admin() ? rows : rows.stream()
                .filter(item -> conflict(item.expertId(), applications.view(item.applicationId())).isEmpty())
                .toList();
        int from0 = (int) Math.min(page.getOffset(), visible.size());
        int to = Math.min(from0 + page.getPageSize(), visible.size());
        return new PageImpl<>(visible.subList(from0, to), page, visible.size());
    }

    @Transactional(readOnly = true)
    Page<DeclaredConflict> conflicts(UUID expertId, UUID societyId, Pageable page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (expertId != null) {
            conditions.add("expert_id = :expert");
            params.put("expert", expertId);
        }
        if (societyId != null) {
            conditions.add("society_id = :society");
            params.put("society", societyId);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM declared_conflict" + where).params(params).query(Long.class)
                .single();
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        List<UUID> ids = jdbc.sql("SELECT id FROM declared_conflict" + where
                + " ORDER BY declared_at DESC, id LIMIT :limit OFFSET :offset").params(params).query(UUID.class).list();
        Map<UUID, DeclaredConflict> found = new HashMap<>();
        declared.findAllById(ids).forEach(conflict -> found.put(conflict.id(), conflict));
        return new PageImpl<>(ids.stream().map(found::get).toList(), page, total);
    }

    private GrantView visible(UUID application, UUID expert) {
        GrantView grant;
        try {
            grant = applications.view(application);
        } catch (DomainException missing) {
            throw DomainException.notFound("Application", application);
        }
        visibleAssignment(grant, expert);
        return grant;
    }

    /** The reviewer's assignment, if they have one and no conflict; otherwise the application "does not exist". */
    private ReviewAssignment visibleAssignment(GrantView grant, UUID expert) {
        return assignments.findByApplicationIdAndExpertId(grant.id(), expert)
                .filter(assignment -> assignment.getStatus() != AssignmentStatus.RECUSED)
                .filter(assignment -> conflict(expert, grant).isEmpty())
                .orElseThrow(() -> DomainException.notFound("Application", grant.id()));
    }

    private Optional<String> conflict(UUID expert, GrantView grant) {
        return ConflictRules.conflict(expert, roster.find(expert).orElse(null),
                new ConflictRules.Applicant(grant.societyId(), grant.societyName(), grant.coOrganisers()),
                declared.findByExpertIdAndSocietyId(expert, grant.societyId()));
    }

    private AssignmentView view(ReviewAssignment assignment, GrantView grant, boolean withScores) {
        List<Criterion> rubric = calls.get(grant.callId()).rubric();
        List<ScoreView> scores = withScores ? assignment.getScores().stream().map(score -> {
            Criterion criterion = rubric.stream().filter(c -> c.key().equals(score.criterion())).findFirst()
                    .orElse(new Criterion(score.criterion(), score.criterion(), 1));
            return new ScoreView(score.criterion(), criterion.name(), criterion.weight(), score.score());
        }).toList() : List.of();
        String name = roster.find(assignment.getExpertId()).map(ExpertProfile::name).orElse(null);
        return new AssignmentView(assignment.getId(), assignment.getApplicationId(), assignment.getExpertId(), name,
                assignment.getStatus().name(), withScores ? assignment.getTotal() : null,
                withScores ? assignment.getComments() : null, scores, assignment.getAssignedAt(),
                assignment.getScoredAt());
    }

    static BigDecimal total(List<Criterion> rubric, List<CriterionScore> scores) {
        int weights = 0;
        int weighted = 0;
        for (CriterionScore score : scores) {
            int weight = rubric.stream().filter(c -> c.key().equals(score.criterion())).findFirst()
                    .map(Criterion::weight).orElse(0);
            weights += weight;
            weighted += weight * score.score();
        }
        return weights == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }
}
