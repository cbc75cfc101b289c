package org.citycast.event.checkin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;

import org.citycast.event.event.EventService;
import org.citycast.event.event.EventStatus;
import org.citycast.event.event.EventView;
import org.citycast.event.platform.AssociationTime;
import org.citycast.event.platform.CurrentUser;
import org.citycast.event.platform.DomainException;
import org.citycast.event.registration.Registration;
import org.citycast.event.registration.RegistrationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Attendance certificates: for people who were checked in at an event that has been held. */
@Service
class Certificates {

    private final RegistrationService registrations;
    private final EventService events;
    private final AttendanceService attendance;
    private final Certificate certificate;
    private final Clock clock;

    Certificates(RegistrationService registrations, EventService events, AttendanceService attendance,
            Certificate certificate, Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.attendance = attendance;
        this.certificate = certificate;
        this.clock = clock;
    }

    /** The registrant's own, through their link. */
    @Transactional(readOnly = true)
    byte[] forLink(String secret) {
        return render(registrations.bySecret(secret));
    }

    /** Printed by the organiser's secretariat or ADMIN. */
    @Transactional(readOnly = true)
    byte[] forRegistration(UUID eventId, UUID registrationId, CurrentUser user) {
        if (!events.readable(eventId, user).managedBy(user)) {
            throw DomainException.notFound("Registrations of event", eventId);
        }
        return render(registrations.find(registrationId).filter(r -> r.eventId().equals(eventId))
                .orElseThrow(() -> DomainException.notFound("Registration", registrationId)));
    }

    private byte[] render(Registration registration) {
        EventView event = events.publicView(registration.eventId());
        if (event.status() != EventStatus.HELD) {
            throw DomainException.conflict("Certificates are issued once the event has been held.");
        }
        if (!attendance.checkedIn(registration.id())) {
            throw DomainException.conflict("No certificate: this ticket was not checked in.");
        }
        EventView.SubForumView forum = event.subForums().stream()
                .filter(f -> f.id().equals(registration.subForumId())).findFirst().orElse(null);
        LocalDateTime startsAt = forum != null ? forum.localStartsAt() : event.localStartsAt();
        return certificate.render(new Certificate.Content(registration.name(), registration.organisation(),
                event.title(), event.titleEn(), event.academicHallSession(), event.organiser().name(),
                forum != null ? forum.venue() : event.venue(), startsAt, forum == null ? null : forum.title(),
                registration.ticketCode(), AssociationTime.today(clock)));
    }
}
