package org.citycast.event.brand;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citycast.event.plan.PlanService;
import org.citycast.event.plan.PlannedEvent;
import org.citycast.event.platform.CurrentUser;
import org.citycast.event.platform.DomainException;
import org.citycast.event.society.KnownSocieties;
import org.citycast.event.society.KnownSociety;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Brands planned events as numbered sessions, at the start of the year or any time later in it. */
@Service
public class AcademicHall {

    /** A session with what it is about, for lists and announcements. */
    public record SessionView(int year, int number, String label, UUID plannedEventId, UUID societyId,
            String societyName, String title, String kind, int plannedMonth) {
    }

    private final Sessions sessions;
    private final PlanService plans;
    private final KnownSocieties societies;
    private final BrandSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AcademicHall(Sessions sessions, PlanService plans, KnownSocieties societies, BrandSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.plans = plans;
        this.societies = societies;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public SessionView brand(UUID plannedEventId, CurrentUser user) {
        PlannedEvent plan = plans.find(plannedEventId)
                .orElseThrow(() -> DomainException.invalid("plannedEventId", "is not a planned event"));
        int number = sessions.nextNumber(plan.year());
        // checked after taking the year's lock, so two ADMINs branding the same event cannot both succeed
        sessions.ofPlan(plannedEventId).ifPresent(session -> {
            throw DomainException.conflict("This event is already " + session.label(settings.name()) + ".");
        });
        var session = new Session(plan.year(), number, plannedEventId, clock.instant(), user.username());
        sessions.insert(session);
        SessionView view = view(session, plan);
        events.publishEvent(new EventBranded(UUID.randomUUID(), clock.instant(), new EventBranded.BrandedSession(
                view.year(), view.number(), view.label(), plannedEventId, plan.societyId(), view.societyName(),
                plan.title(), plan.kind(), plan.plannedMonth())));
        return view;
    }

    @Transactional(readOnly = true)
    public List<SessionView> ofYear(int year) {
        return sessions.ofYear(year).stream()
                .map(session -> view(session, plans.find(session.plannedEventId()).orElseThrow())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<String> labelOf(UUID plannedEventId) {
        return plannedEventId == null ? Optional.empty()
                : sessions.ofPlan(plannedEventId).map(session -> session.label(settings.name()));
    }

    /** The sessions of the given planned events, by planned event id. */
    @Transactional(readOnly = true)
    public Map<UUID, Session> sessionsOf(Collection<UUID> plannedEvents) {
        return sessions.ofPlans(plannedEvents).stream()
                .collect(Collectors.toMap(Session::plannedEventId, Function.identity()));
    }

    public String brandName() {
        return settings.name();
    }

    private SessionView view(Session session, PlannedEvent plan) {
        return new SessionView(session.year(), session.number(), session.label(settings.name()), plan.id(),
                plan.societyId(), societies.findById(plan.societyId()).map(KnownSociety::getName).orElse(null),
                plan.title(), plan.kind().label(), plan.plannedMonth());
    }
}
