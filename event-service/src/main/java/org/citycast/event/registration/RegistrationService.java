package org.citycast.event.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.citycast.event.event.CapacityChanged;
import org.citycast.event.event.EventService;
import org.citycast.event.event.EventStatus;
import org.citycast.event.event.EventSummary;
import org.citycast.event.event.RegistrationMode;
import org.citycast.event.platform.CurrentUser;
import org.citycast.event.platform.DomainException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up, cancellation and the waiting list. Everything that changes who holds a place at a
 * target (the event, or one sub-forum) first takes that target's lock, so exactly the capacity is
 * admitted however many sign up at once, the rest wait in order of arrival, and a freed place goes
 * to the first in line.
 */
@Service
public class RegistrationService {

    /** What a registrant fills in. */
    public record Form(String name, String organisation, String city, String phone, UUID subForumId,
            String invitationCode) {
    }

    /**
     * The outcome of a sign-up. {@code secret} (the registrant's link) is given only when the
     * registration was made now: a repeat by the same person is answered with their registration's
     * status, but whoever knows a phone number must not obtain its ticket or cancel it.
     */
    public record SignUp(Registration registration, boolean created, String secret, long waitingPosition) {
    }

    private final Registrations registrations;
    private final Invitations invitations;
    private final EventService events;
    private final Clock clock;

    RegistrationService(Registrations registrations, Invitations invitations, EventService events, Clock clock) {
        this.registrations = registrations;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public SignUp signUp(UUID eventId, Form form) {
        EventSummary event = openFor(eventId);
        int capacity = form.subForumId() == null ? event.capacity() : event.subForum(form.subForumId())
                .orElseThrow(() -> DomainException.invalid("subForumId", "is not a sub-forum of this event"))
                .capacity();
        Invitation invitation = invitationFor(event, form.invitationCode());
        UUID target = form.subForumId() != null ? form.subForumId() : eventId;
        String person = Phones.personKey(form.phone());

        long arrival = registrations.lockAndNumber(target, eventId);
        Optional<Registration> existing = registrations.active(target, person);
        if (existing.isPresent()) {
            return new SignUp(existing.get(), false, null, position(existing.get()));
        }
        if (invitation != null && registrations.activeForInvitation(invitation.id()).isPresent()) {
            throw DomainException.conflict("This invitation has already been used by someone else.");
        }
        Instant now = clock.instant();
        boolean admitted = registrations.admitted(target) < capacity;
        var registration = new Registration(UUID.randomUUID(), eventId, form.subForumId(), form.name().strip(),
                blankToNull(form.organisation()), form.city().strip(), Phones.normalise(form.phone()), person,
                admitted ? RegistrationStatus.ADMITTED : RegistrationStatus.WAITING, arrival, newTicketCode(),
                invitation == null ? null : invitation.id(), now, admitted ? now : null, null);
        String secret = Secrets.linkSecret();
        registrations.insert(registration, Secrets.hash(secret));
        return new SignUp(registration, true, secret, position(registration));
    }

    /** The registrant cancels through their link; a place they held goes to the first one waiting. */
    @Transactional
    public Registration cancel(String secret) {
        Registration registration = bySecret(secret);
        if (registration.status() == RegistrationStatus.CANCELLED) {
            return registration;
        }
        EventSummary event = events.summary(registration.eventId());
        if (event.status() == EventStatus.HELD) {
            throw DomainException.conflict("The event has been held; the registration can no longer be cancelled.");
        }
        registrations.lockAndNumber(registration.targetId(), registration.eventId());
        // read again under the lock: a promotion may have changed it since
        Registration locked = registrations.find(registration.id()).orElseThrow();
        if (locked.status() == RegistrationStatus.CANCELLED) {
            return locked;
        }
        registrations.cancel(locked.id(), clock.instant());
        if (locked.status() == RegistrationStatus.ADMITTED) {
            promote(event, locked.targetId());
        }
        return registrations.find(locked.id()).orElseThrow();
    }

    /** A published event's capacity may have grown: admit from the waiting lists up to the new capacities. */
    @EventListener
    void onCapacityChanged(CapacityChanged changed) {
        EventSummary event = events.summary(changed.eventId());
        registrations.lockAndNumber(event.id(), event.id());
        promote(event, event.id());
        for (EventSummary.Forum forum : event.subForums()) {
            registrations.lockAndNumber(forum.id(), event.id());
            promote(event, forum.id());
        }
    }

    @Transactional
    public Invitation invite(UUID eventId, String invitee, String organisation, CurrentUser user) {
        requireManager(events.summary(eventId), user);
        String code;
        do {
            code = Secrets.code(8);
        } while (invitations.byCode(eventId, code).isPresent());
        var invitation = new Invitation(UUID.randomUUID(), eventId, code, invitee.strip(), blankToNull(organisation),
                clock.instant(), user.username());
        invitations.insert(invitation);
        return invitation;
    }

    @Transactional(readOnly = true)
    public List<Invitation> invitations(UUID eventId, CurrentUser user) {
        if (!events.readable(eventId, user).managedBy(user)) {
            throw DomainException.notFound("Invitations of event", eventId);
        }
        return invitations.ofEvent(eventId);
    }

    @Transactional(readOnly = true)
    public Registration bySecret(String secret) {
        return registrations.bySecretHash(Secrets.hash(secret))
                .orElseThrow(() -> DomainException.notFound("Registration", "for this link"));
    }

    @Transactional(readOnly = true)
    public long waitingPosition(Registration registration) {
        return position(registration);
    }

    /** For check-in: the ticket behind a code, if any. */
    @Transactional(readOnly = true)
    public Optional<Registration> byTicket(String code) {
        return registrations.byTicket(code);
    }

    @Transactional(readOnly = true)
    public Optional<Registration> find(UUID id) {
        return registrations.find(id);
    }

    /** Every registration of an event; callers check who may see them and mask phones. */
    @Transactional(readOnly = true)
    public List<Registration> ofEvent(UUID eventId) {
        return registrations.ofEvent(eventId);
    }

    @Transactional(readOnly = true)
    public long admittedPeople(UUID eventId) {
        return registrations.admittedPeople(eventId);
    }

    private void promote(EventSummary event, UUID target) {
        int capacity = target.equals(event.id()) ? event.capacity()
                : event.subForum(target).map(EventSummary.Forum::capacity).orElse(0);
        long admitted = registrations.admitted(target);
        while (admitted < capacity) {
            Optional<Registration> next = registrations.firstWaiting(target);
            if (next.isEmpty()) {
                return;
            }
            registrations.admit(next.get().id(), clock.instant());
            admitted++;
        }
    }

    private EventSummary openFor(UUID eventId) {
        EventSummary event = events.summary(eventId);
        if (event.status() == EventStatus.DRAFT) {
            throw DomainException.notFound("Event", eventId);
        }
        if (event.status() != EventStatus.PUBLISHED) {
            throw DomainException.conflict("Registration is closed: the event is " + event.status() + ".");
        }
        if (!event.endsAt().isAfter(clock.instant())) {
            throw DomainException.conflict("Registration is closed: the event is over.");
        }
        return event;
    }

    private Invitation invitationFor(EventSummary event, String code) {
        if (event.registrationMode() != RegistrationMode.INVITATION) {
            return null;
        }
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("invitationCode", "is required: this event is by invitation only");
        }
        return invitations.byCode(event.id(), code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> DomainException.invalid("invitationCode", "is not an invitation to this event"));
    }

    private long position(Registration registration) {
        return registration.status() == RegistrationStatus.WAITING ? registrations.waitingPosition(registration) : 0;
    }

    private String newTicketCode() {
        String code;
        do {
            code = Secrets.code(10);
        } while (registrations.ticketTaken(code));
        return code;
    }

    static void requireManager(EventSummary event, CurrentUser user) {
        if (!event.managedBy(user)) {
            throw DomainException.forbidden("Only the organiser's secretariat or ADMIN may do this.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
