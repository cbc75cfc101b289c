package org.citycast.event.event;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.citycast.event.brand.AcademicHall;
import org.citycast.event.plan.PlanService;
import org.citycast.event.plan.PlannedEvent;
import org.citycast.event.platform.AssociationTime;
import org.citycast.event.platform.CurrentUser;
import org.citycast.event.platform.DomainException;
import org.citycast.event.platform.FieldProblem;
import org.citycast.event.pool.ExpertPool;
import org.citycast.event.pool.PoolExpert;
import org.citycast.event.society.KnownSocieties;
import org.citycast.event.society.KnownSociety;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events and their lifecycle. The organiser's secretariat (or ADMIN) creates, changes, publishes and
 * cancels; anyone may read a published event; a draft is seen only by ADMIN and the organising
 * societies. Each lifecycle step publishes its event in the same transaction.
 */
@Service
public class EventService {

    /** Statuses the public sees: what was published and not withdrawn before it. */
    static final Set<EventStatus> PUBLIC = EnumSet.of(EventStatus.PUBLISHED, EventStatus.HELD);

    private final AcademicEvents events;
    private final KnownSocieties societies;
    private final ExpertPool pool;
    private final PlanService plans;
    private final AcademicHall hall;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventService(AcademicEvents events, KnownSocieties societies, ExpertPool pool, PlanService plans,
            AcademicHall hall, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.societies = societies;
        this.pool = pool;
        this.plans = plans;
        this.hall = hall;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public EventView create(UUID organiser, UUID plannedEventId, EventDetails details, CurrentUser user) {
        user.requireWritable(organiser);
        if (societies.findById(organiser).filter(KnownSociety::isActive).isEmpty()) {
            throw DomainException.invalid("organiserId", "is not a society in good standing known to event-service");
        }
        if (plannedEventId != null) {
            PlannedEvent plan = plans.find(plannedEventId).filter(p -> p.societyId().equals(organiser))
                    .orElseThrow(() -> DomainException.invalid("plannedEventId",
                            "is not a line of the organiser's plan"));
            if (events.existsForPlan(plan.id())) {
                throw DomainException.conflict("An event was already created for planned event " + plan.id() + ".");
            }
        }
        EventDetails checked = check(organiser, withForumIds(details, List.of()));
        AcademicEvent event = AcademicEvent.draft(UUID.randomUUID(), organiser, plannedEventId, checked,
                clock.instant());
        events.insert(event);
        return view(event);
    }

    @Transactional
    public EventView change(UUID id, EventDetails details, CurrentUser user) {
        AcademicEvent event = managed(id, user);
        Set<UUID> existing = event.subForums().stream().map(SubForum::id).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < details.subForums().size(); i++) {
            UUID forum = details.subForums().get(i).id();
            if (forum != null && !existing.contains(forum)) {
                problems.add(new FieldProblem("subForums[" + i + "].id", "is not a sub-forum of this event"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("The event's sub-forums are not right", problems);
        }
        event.describe(check(event.organiserId(), withForumIds(details, existing)), clock.instant());
        events.update(event);
        if (event.status() == EventStatus.PUBLISHED) {
            publisher.publishEvent(new EventPublished(UUID.randomUUID(), clock.instant(), snapshot(event)));
            publisher.publishEvent(new CapacityChanged(id));
        }
        return view(event);
    }

    @Transactional
    public EventView publish(UUID id, CurrentUser user) {
        AcademicEvent event = managed(id, user);
        event.publish(clock.instant());
        events.update(event);
        publisher.publishEvent(new EventPublished(UUID.randomUUID(), clock.instant(), snapshot(event)));
        return view(event);
    }

    @Transactional
    public EventView cancel(UUID id, String reason, CurrentUser user) {
        AcademicEvent event = managed(id, user);
        EventStatus before = event.cancel(reason.strip(), clock.instant());
        events.update(event);
        publisher.publishEvent(new EventCancelled(UUID.randomUUID(), clock.instant(), snapshot(event), before,
                event.statusReason()));
        return view(event);
    }

    /** Records that the event took place with these figures; the caller (check-in) has checked who may. */
    @Transactional
    public EventView recordHeld(UUID id, HeldFigures figures) {
        AcademicEvent event = events.find(id).orElseThrow(() -> DomainException.notFound("Event", id));
        event.held(clock.instant());
        events.update(event);
        publisher.publishEvent(new EventHeld(UUID.randomUUID(), clock.instant(), snapshot(event), figures));
        return view(event);
    }

    @Transactional(readOnly = true)
    public EventView view(UUID id, CurrentUser user) {
        return view(readableEvent(id, user));
    }

    /** A published (or held, or cancelled after publication) event, for anyone. */
    @Transactional(readOnly = true)
    public EventView publicView(UUID id) {
        return view(events.find(id).filter(AcademicEvent::wasPublished)
                .orElseThrow(() -> DomainException.notFound("Event", id)));
    }

    @Transactional(readOnly = true)
    public List<EventView> list(Integer year, UUID society, EventStatus status, CurrentUser user) {
        Set<EventStatus> statuses = status == null ? EnumSet.allOf(EventStatus.class) : EnumSet.of(status);
        return views(events.list(filter(year, society, statuses)).stream()
                .filter(event -> visibleTo(event, user)).toList());
    }

    @Transactional(readOnly = true)
    public List<EventView> publicList(Integer year, UUID society) {
        return views(events.list(filter(year, society, PUBLIC)));
    }

    /** For neighbours that do their own checks: registration, check-in, figures. */
    @Transactional(readOnly = true)
    public EventSummary summary(UUID id) {
        return summary(events.find(id).orElseThrow(() -> DomainException.notFound("Event", id)));
    }

    /** An event the caller may read, else not found: a draft is only for ADMIN and its organising societies. */
    @Transactional(readOnly = true)
    public EventSummary readable(UUID id, CurrentUser user) {
        return summary(readableEvent(id, user));
    }

    /** The year's events (by start, Asia/Shanghai) in the given statuses. */
    @Transactional(readOnly = true)
    public List<EventSummary> ofYear(int year, Collection<EventStatus> statuses) {
        return events.list(filter(year, null, statuses)).stream().map(this::summary).toList();
    }

    private AcademicEvent readableEvent(UUID id, CurrentUser user) {
        return events.find(id).filter(event -> visibleTo(event, user))
                .orElseThrow(() -> DomainException.notFound("Event", id));
    }

    /** A change is refused (403) to anyone but the organiser's secretariat and ADMIN, whether or not they may read it. */
    private AcademicEvent managed(UUID id, CurrentUser user) {
        AcademicEvent event = events.find(id).orElseThrow(() -> DomainException.notFound("Event", id));
        if (!summary(event).managedBy(user)) {
            throw DomainException.forbidden("Only the organiser's secretariat or ADMIN may change this event.");
        }
        return event;
    }

    private static boolean visibleTo(AcademicEvent event, CurrentUser user) {
        return event.wasPublished() || user.admin() || user.societyId().filter(society ->
                society.equals(event.organiserId()) || event.details().coOrganiserIds().contains(society)).isPresent();
    }

    private static AcademicEvents.Filter filter(Integer year, UUID society, Collection<EventStatus> statuses) {
        if (year == null) {
            return new AcademicEvents.Filter(null, null, society, statuses);
        }
        return new AcademicEvents.Filter(LocalDate.of(year, 1, 1).atStartOfDay(AssociationTime.ZONE).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(AssociationTime.ZONE).toInstant(), society, statuses);
    }

    /** Gives new sub-forums an id; keeps the ids of existing ones. */
    private static EventDetails withForumIds(EventDetails details, Collection<UUID> existing) {
        List<SubForum> forums = details.subForums().stream()
                .map(forum -> forum.id() != null && existing.contains(forum.id()) ? forum
                        : new SubForum(UUID.randomUUID(), forum.title(), forum.titleEn(), forum.startsAt(),
                                forum.endsAt(), forum.venue(), forum.capacity(), forum.speakers()))
                .toList();
        return new EventDetails(details.coOrganiserIds(), details.title(), details.titleEn(), details.kind(),
                details.startsAt(), details.endsAt(), details.venue(), details.city(), details.capacity(),
                details.registrationMode(), details.description(), details.speakers(), forums);
    }

    /** The rules bean validation cannot see: times in order, known co-organisers and pool experts. */
    private EventDetails check(UUID organiser, EventDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!details.endsAt().isAfter(details.startsAt())) {
            problems.add(new FieldProblem("endsAt", "must be after startsAt"));
        }
        for (UUID society : details.coOrganiserIds()) {
            if (society.equals(organiser)) {
                problems.add(new FieldProblem("coOrganiserIds", "must not name the organiser"));
            } else if (societies.findById(society).filter(KnownSociety::isActive).isEmpty()) {
                problems.add(new FieldProblem("coOrganiserIds", society + " is not a society in good standing"));
            }
        }
        Set<UUID> experts = Stream.concat(details.speakers().stream(),
                        details.subForums().stream().flatMap(forum -> forum.speakers().stream()))
                .map(Speaker::expertId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, PoolExpert> known = pool.describe(experts);
        checkSpeakers("speakers", details.speakers(), known, problems);
        for (int f = 0; f < details.subForums().size(); f++) {
            SubForum forum = details.subForums().get(f);
            String at = "subForums[" + f + "]";
            if (!forum.endsAt().isAfter(forum.startsAt())) {
                problems.add(new FieldProblem(at + ".endsAt", "must be after startsAt"));
            }
            if (forum.startsAt().isBefore(details.startsAt()) || forum.endsAt().isAfter(details.endsAt())) {
                problems.add(new FieldProblem(at + ".startsAt", "the sub-forum must lie within the event's times"));
            }
            checkSpeakers(at + ".speakers", forum.speakers(), known, problems);
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("The event is not right", problems);
        }
        return details;
    }

    private static void checkSpeakers(String path, List<Speaker> speakers, Map<UUID, PoolExpert> known,
            List<FieldProblem> problems) {
        for (int s = 0; s < speakers.size(); s++) {
            Speaker speaker = speakers.get(s);
            if (speaker.fromPool()) {
                PoolExpert expert = known.get(speaker.expertId());
                if (expert == null || !expert.inPool()) {
                    problems.add(new FieldProblem(path + "[" + s + "].expertId", "is not an expert in the pool"));
                }
            } else if (speaker.name() == null || speaker.name().isBlank()) {
                problems.add(new FieldProblem(path + "[" + s + "].name", "is required for a speaker from outside the pool"));
            }
        }
    }

    private EventSummary summary(AcademicEvent event) {
        EventDetails d = event.details();
        return new EventSummary(event.id(), event.organiserId(), societyName(event.organiserId()), d.coOrganiserIds(),
                event.plannedEventId(), d.title(), d.titleEn(), d.kind(), d.startsAt(), d.endsAt(), d.venue(),
                d.city(), d.capacity(), d.registrationMode(), event.status(), d.subForums().stream()
                .map(f -> new EventSummary.Forum(f.id(), f.title(), f.startsAt(), f.endsAt(), f.venue(), f.capacity()))
                .toList());
    }

    private EventSnapshot snapshot(AcademicEvent event) {
        EventDetails d = event.details();
        Map<UUID, PoolExpert> experts = pool.describe(expertsOf(List.of(event)));
        List<EventSnapshot.Person> speakers = new ArrayList<>();
        d.speakers().forEach(s -> speakers.add(new EventSnapshot.Person(s.expertId(), speakerName(s, experts), null)));
        d.subForums().forEach(f -> f.speakers().forEach(s ->
                speakers.add(new EventSnapshot.Person(s.expertId(), speakerName(s, experts), f.id()))));
        return new EventSnapshot(event.id(), event.organiserId(), societyName(event.organiserId()), d.coOrganiserIds(),
                event.plannedEventId(), hall.labelOf(event.plannedEventId()).orElse(null), d.title(), d.titleEn(),
                d.kind(), d.startsAt(), d.endsAt(), d.venue(), d.city(), d.capacity(), d.registrationMode(),
                event.status(), d.subForums().stream().map(f -> new EventSnapshot.Forum(f.id(), f.title(),
                f.startsAt(), f.endsAt(), f.venue(), f.capacity())).toList(), speakers);
    }

    private EventView view(AcademicEvent event) {
        return views(List.of(event)).get(0);
    }

    private List<EventView> views(List<AcademicEvent> list) {
        Map<UUID, PoolExpert> experts = pool.describe(expertsOf(list));
        Set<UUID> societyIds = new HashSet<>();
        list.forEach(e -> {
            societyIds.add(e.organiserId());
            societyIds.addAll(e.details().coOrganiserIds());
        });
        Map<UUID, String> names = societies.findAllById(societyIds).stream()
                .filter(s -> s.getName() != null)
                .collect(Collectors.toMap(KnownSociety::getId, KnownSociety::getName));
        Map<UUID, String> sessions = hall.sessionsOf(list.stream().map(AcademicEvent::plannedEventId)
                        .filter(Objects::nonNull).toList()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().label(hall.brandName())));
        Function<UUID, EventView.Society> society = id -> new EventView.Society(id, names.get(id));
        return list.stream().map(event -> {
            EventDetails d = event.details();
            return new EventView(event.id(), society.apply(event.organiserId()),
                    d.coOrganiserIds().stream().map(society).toList(), event.plannedEventId(),
                    event.plannedEventId() == null ? null : sessions.get(event.plannedEventId()), d.title(),
                    d.titleEn(), d.kind(), d.kind().label(), d.startsAt(), d.endsAt(), local(d.startsAt()),
                    local(d.endsAt()), AssociationTime.ZONE.getId(), d.venue(), d.city(), d.capacity(),
                    d.registrationMode(), d.description(), event.status(), event.statusReason(),
                    speakerViews(d.speakers(), experts), d.subForums().stream().map(f -> new EventView.SubForumView(
                    f.id(), f.title(), f.titleEn(), f.startsAt(), f.endsAt(), local(f.startsAt()), local(f.endsAt()),
                    f.venue(), f.capacity(), speakerViews(f.speakers(), experts))).toList());
        }).toList();
    }

    private static List<EventView.SpeakerView> speakerViews(List<Speaker> speakers, Map<UUID, PoolExpert> experts) {
        return speakers.stream().map(s -> {
            PoolExpert expert = s.fromPool() ? experts.get(s.expertId()) : null;
            return expert == null
                    ? new EventView.SpeakerView(s.expertId(), s.name(), s.title(), s.employer(), s.topic(), !s.fromPool())
                    : new EventView.SpeakerView(s.expertId(), expert.name(), expert.title(), expert.employer(),
                            s.topic(), false);
        }).toList();
    }

    private static String speakerName(Speaker speaker, Map<UUID, PoolExpert> experts) {
        PoolExpert expert = speaker.fromPool() ? experts.get(speaker.expertId()) : null;
        return expert == null ? speaker.name() : expert.name();
    }

    private static Set<UUID> expertsOf(List<AcademicEvent> list) {
        return list.stream().flatMap(e -> Stream.concat(e.details().speakers().stream(),
                        e.subForums().stream().flatMap(f -> f.speakers().stream())))
                .map(Speaker::expertId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private String societyName(UUID id) {
        return societies.findById(id).map(KnownSociety::getName).orElse(null);
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, AssociationTime.ZONE);
    }
}
