package org.citycast.event.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.citycast.event.event.EventService;
import org.citycast.event.event.EventStatus;
import org.citycast.event.event.EventSummary;
import org.citycast.event.event.EventView;
import org.citycast.event.event.HeldFigures;
import org.citycast.event.plan.EventKind;
import org.citycast.event.platform.CurrentUser;
import org.citycast.event.platform.DomainException;
import org.citycast.event.registration.Registration;
import org.citycast.event.registration.RegistrationService;
import org.citycast.event.registration.RegistrationStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Check-in at the door, the attendance it adds up to, and the close of the event with its figures. */
@Service
public class AttendanceService {

    /** The outcome of a check-in, for the door's screen: no phone. */
    public record Admission(UUID registrationId, String name, String organisation, String city, UUID subForumId,
            String subForumTitle, Instant checkedInAt) {
    }

    public record ForumFigures(UUID id, String title, int capacity, long attended) {
    }

    /** An event's attendance: people are counted once, whatever tickets they hold. */
    public record Attendance(UUID eventId, String title, EventStatus status, long admitted, long attended,
            long mainHall, List<ForumFigures> subForums, Map<String, Long> byCity, Integer beneficiaries) {
    }

    /** Several events' figures together, for the year's report. */
    public record Totals(long attended, Map<String, Long> byCity, long beneficiaries) {
    }

    private final CheckIns checkIns;
    private final RegistrationService registrations;
    private final EventService events;
    private final Clock clock;

    AttendanceService(CheckIns checkIns, RegistrationService registrations, EventService events, Clock clock) {
        this.checkIns = checkIns;
        this.registrations = registrations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Admission checkIn(UUID eventId, String ticketCode, CurrentUser user) {
        EventSummary event = events.summary(eventId);
        if (!event.managedBy(user) && !user.hasRole("EDITOR")) {
            throw DomainException.forbidden("Only EDITOR or the organiser's secretariat checks people in.");
        }
        if (event.status() != EventStatus.PUBLISHED) {
            throw DomainException.conflict("Check-in is closed: the event is " + event.status() + ".");
        }
        Registration registration = registrations.byTicket(ticketCode.strip().toUpperCase(Locale.ROOT))
                .filter(r -> r.eventId().equals(eventId))
                .orElseThrow(() -> DomainException.notFound("Ticket", ticketCode + " of this event"));
        if (registration.status() != RegistrationStatus.ADMITTED) {
            throw DomainException.conflict("This ticket does not admit: the registration is "
                    + registration.status() + ".");
        }
        Instant now = clock.instant();
        if (!checkIns.insert(registration.id(), eventId, registration.subForumId(), registration.personKey(),
                registration.city(), now, user.username())) {
            Instant at = checkIns.find(registration.id()).map(CheckIns.CheckIn::at).orElse(now);
            throw DomainException.conflict("Ticket " + registration.ticketCode() + " was already checked in at "
                    + at + ".");
        }
        return new Admission(registration.id(), registration.name(), registration.organisation(), registration.city(),
                registration.subForumId(), registration.subForumId() == null ? null
                        : event.subForum(registration.subForumId()).map(EventSummary.Forum::title).orElse(null), now);
    }

    @Transactional(readOnly = true)
    public Attendance attendance(UUID eventId, CurrentUser user) {
        return attendance(involved(eventId, user));
    }

    @Transactional
    public Attendance recordBeneficiaries(UUID eventId, int count, String note, CurrentUser user) {
        EventSummary event = managed(eventId, user);
        if (event.kind() != EventKind.OUTREACH) {
            throw DomainException.conflict("Beneficiaries are recorded for popular-science outreach events only.");
        }
        // closing sends the figures out once (EventHeld); a later count would differ from what others were told
        if (event.status() != EventStatus.PUBLISHED) {
            throw DomainException.conflict("Beneficiaries are recorded before the event is closed as held; it is "
                    + event.status() + ".");
        }
        checkIns.recordBeneficiaries(eventId, count, note == null || note.isBlank() ? null : note.strip(),
                clock.instant(), user.username());
        return attendance(event);
    }

    /** Records the event as held, with what it drew; published on event.events as EventHeld. */
    @Transactional
    public EventView close(UUID eventId, CurrentUser user) {
        EventSummary event = managed(eventId, user);
        Attendance attendance = attendance(event);
        Map<String, Integer> byCity = new LinkedHashMap<>();
        attendance.byCity().forEach((city, people) -> byCity.put(city, people.intValue()));
        var figures = new HeldFigures((int) attendance.admitted(), (int) attendance.attended(),
                attendance.subForums().stream().map(forum -> new HeldFigures.ForumAttendance(forum.id(),
                        forum.title(), (int) forum.attended())).toList(), byCity, attendance.beneficiaries());
        return events.recordHeld(eventId, figures);
    }

    @Transactional(readOnly = true)
    public Totals totals(Collection<UUID> eventIds) {
        return new Totals(checkIns.people(eventIds), checkIns.peopleByCity(eventIds), checkIns.beneficiaries(eventIds));
    }

    @Transactional(readOnly = true)
    public List<CheckIns.CheckIn> checkInsOf(UUID eventId, CurrentUser user) {
        involved(eventId, user);
        return checkIns.ofEvent(eventId);
    }

    boolean checkedIn(UUID registration) {
        return checkIns.find(registration).isPresent();
    }

    private Attendance attendance(EventSummary event) {
        Map<UUID, Long> perForum = checkIns.perSubForum(event.id());
        List<UUID> one = List.of(event.id());
        return new Attendance(event.id(), event.title(), event.status(), registrations.admittedPeople(event.id()),
                checkIns.people(one), checkIns.mainHall(event.id()), event.subForums().stream()
                .map(forum -> new ForumFigures(forum.id(), forum.title(), forum.capacity(),
                        perForum.getOrDefault(forum.id(), 0L))).toList(),
                checkIns.peopleByCity(one), checkIns.beneficiaries(event.id()).orElse(null));
    }

    private EventSummary involved(UUID eventId, CurrentUser user) {
        EventSummary event = events.readable(eventId, user);
        if (!event.involves(user) && !user.hasRole("EDITOR")) {
            throw DomainException.notFound("Attendance of event", eventId);
        }
        return event;
    }

    private EventSummary managed(UUID eventId, CurrentUser user) {
        EventSummary event = events.summary(eventId);
        if (!event.managedBy(user)) {
            throw DomainException.forbidden("Only the organiser's secretariat or ADMIN may do this.");
        }
        return event;
    }
}
