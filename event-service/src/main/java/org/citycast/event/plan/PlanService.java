package org.citycast.event.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.citycast.event.platform.AssociationTime;
import org.citycast.event.platform.CurrentUser;
import org.citycast.event.platform.DomainException;
import org.citycast.event.pool.ExpertPool;
import org.citycast.event.pool.PoolExpert;
import org.citycast.event.society.KnownSocieties;
import org.citycast.event.society.KnownSociety;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly plans. A secretary files and changes their own society's lines until the deadline
 * (inclusive, Asia/Shanghai); ADMIN may add a line for any society later in the year. Reviewers
 * rate lines, never one of a society they belong to (their societies come from the expert pool).
 */
@Service
public class PlanService {

    /** What a society means to hold. */
    public record PlanLine(String title, EventKind kind, int plannedMonth, int expectedAttendance, String partners) {
    }

    /** A plan line as the caller may see it: ADMIN sees every rating, a reviewer their own, a secretary none. */
    public record PlanView(UUID id, int year, UUID societyId, String societyName, String title, EventKind kind,
            String kindLabel, int plannedMonth, int expectedAttendance, String partners, Instant filedAt,
            Integer ratingCount, BigDecimal averageImportance, List<Rating> ratings, Rating ownRating,
            Boolean recused) {
    }

    private final PlannedEvents plans;
    private final PlanningDeadlines deadlines;
    private final Ratings ratings;
    private final KnownSocieties societies;
    private final ExpertPool pool;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanService(PlannedEvents plans, PlanningDeadlines deadlines, Ratings ratings, KnownSocieties societies,
            ExpertPool pool, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.deadlines = deadlines;
        this.ratings = ratings;
        this.societies = societies;
        this.pool = pool;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void setDeadline(int year, LocalDate dueOn, CurrentUser user) {
        deadlines.set(year, dueOn, user.username(), clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<LocalDate> deadline(int year) {
        return deadlines.of(year);
    }

    @Transactional
    public PlannedEvent file(int year, UUID society, PlanLine line, CurrentUser user) {
        user.requireWritable(society);
        KnownSociety organiser = societies.findById(society).filter(KnownSociety::isActive)
                .orElseThrow(() -> DomainException.invalid("societyId",
                        "is not a society in good standing known to event-service"));
        requireOpen(year, user);
        var plan = new PlannedEvent(UUID.randomUUID(), year, society, line.title().strip(), line.kind(),
                line.plannedMonth(), line.expectedAttendance(), blankToNull(line.partners()), clock.instant(),
                user.username());
        plans.insert(plan);
        publish(plan, organiser);
        return plan;
    }

    @Transactional
    public PlannedEvent change(UUID id, PlanLine line, CurrentUser user) {
        PlannedEvent current = plans.find(id).orElseThrow(() -> DomainException.notFound("Planned event", id));
        user.requireWritable(current.societyId());
        requireOpen(current.year(), user);
        var plan = new PlannedEvent(id, current.year(), current.societyId(), line.title().strip(), line.kind(),
                line.plannedMonth(), line.expectedAttendance(), blankToNull(line.partners()), current.filedAt(),
                current.filedBy());
        plans.update(plan);
        publish(plan, societies.findById(plan.societyId()).orElse(null));
        return plan;
    }

    @Transactional(readOnly = true)
    public List<PlanView> list(int year, UUID society, boolean byImportance, CurrentUser user) {
        UUID scope = society;
        if (!user.admin() && !user.hasRole("REVIEWER")) {
            UUID own = user.societyId().orElseThrow(() -> DomainException.forbidden("Your role does not allow this."));
            if (society != null && !society.equals(own)) {
                return List.of();
            }
            scope = own;
        }
        List<PlanView> views = views(plans.ofYear(year, scope), user);
        if (byImportance) {
            return views.stream().sorted(Comparator.comparing(PlanView::averageImportance,
                    Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        }
        return views;
    }

    @Transactional(readOnly = true)
    public PlanView view(UUID id, CurrentUser user) {
        return views(List.of(visible(id, user)), user).get(0);
    }

    @Transactional
    public Rating rate(UUID id, int importance, String comment, CurrentUser user) {
        PlannedEvent plan = plans.find(id).orElseThrow(() -> DomainException.notFound("Planned event", id));
        UUID expertId = user.expertId().orElseThrow(() -> DomainException.forbidden(
                "Your account is not linked to a record in the expert pool."));
        PoolExpert expert = pool.find(expertId).orElseThrow(() -> DomainException.conflict(
                "Your record in the expert pool has not reached event-service yet; try again shortly."));
        if (expert.societyIds().contains(plan.societyId())) {
            throw DomainException.forbidden("Recusal (回避): you belong to the society that planned this event.");
        }
        if (!expert.inPool()) {
            throw DomainException.forbidden("You have left the expert pool.");
        }
        var rating = new Rating(id, expertId, user.username(), importance, blankToNull(comment), clock.instant());
        ratings.put(rating);
        return rating;
    }

    /** For neighbours that do their own access checks: branding, events. */
    @Transactional(readOnly = true)
    public Optional<PlannedEvent> find(UUID id) {
        return plans.find(id);
    }

    @Transactional(readOnly = true)
    public long plannedIn(int year) {
        return plans.countOfYear(year);
    }

    private PlannedEvent visible(UUID id, CurrentUser user) {
        return plans.find(id)
                .filter(plan -> user.hasRole("REVIEWER") || user.maySee(plan.societyId()))
                .orElseThrow(() -> DomainException.notFound("Planned event", id));
    }

    private void requireOpen(int year, CurrentUser user) {
        if (user.admin()) {
            return;
        }
        LocalDate dueOn = deadlines.of(year).orElseThrow(() -> DomainException.conflict(
                "The association has not opened planning for " + year + " yet (no deadline set)."));
        if (AssociationTime.today(clock).isAfter(dueOn)) {
            throw DomainException.conflict("The deadline for " + year + "'s plans was " + dueOn
                    + "; ask the association to add a late event.");
        }
    }

    private List<PlanView> views(List<PlannedEvent> lines, CurrentUser user) {
        Map<UUID, List<Rating>> byPlan = ratings.of(lines.stream().map(PlannedEvent::id).toList()).stream()
                .collect(Collectors.groupingBy(Rating::plannedEventId));
        Optional<PoolExpert> reviewer = user.hasRole("REVIEWER") ? user.expertId().flatMap(pool::find)
                : Optional.empty();
        return lines.stream().map(plan -> {
            List<Rating> rated = byPlan.getOrDefault(plan.id(), List.of());
            String societyName = societies.findById(plan.societyId()).map(KnownSociety::getName).orElse(null);
            if (user.admin()) {
                return view(plan, societyName, rated.size(), average(rated), rated, null, null);
            }
            if (user.hasRole("REVIEWER")) {
                Rating own = rated.stream().filter(r -> user.expertId().filter(r.expertId()::equals).isPresent())
                        .findFirst().orElse(null);
                boolean recused = reviewer.map(expert -> expert.societyIds().contains(plan.societyId())).orElse(false);
                return view(plan, societyName, null, null, null, own, recused);
            }
            return view(plan, societyName, null, null, null, null, null);
        }).toList();
    }

    private static PlanView view(PlannedEvent plan, String societyName, Integer count, BigDecimal average,
            List<Rating> rated, Rating own, Boolean recused) {
        return new PlanView(plan.id(), plan.year(), plan.societyId(), societyName, plan.title(), plan.kind(),
                plan.kind().label(), plan.plannedMonth(), plan.expectedAttendance(), plan.partners(), plan.filedAt(),
                count, average, rated, own, recused);
    }

    private static BigDecimal average(List<Rating> rated) {
        if (rated.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(rated.stream().mapToInt(Rating::importance).sum())
                .divide(BigDecimal.valueOf(rated.size()), 2, RoundingMode.HALF_UP);
    }

    private void publish(PlannedEvent plan, KnownSociety society) {
        events.publishEvent(new EventPlanned(UUID.randomUUID(), clock.instant(), new EventPlanned.Plan(plan.id(),
                plan.year(), plan.societyId(), society == null ? null : society.getName(), plan.title(), plan.kind(),
                plan.plannedMonth(), plan.expectedAttendance(), plan.partners())));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
