package org.citycast.event.registration;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.citycast.event.event.EventService;
import org.citycast.event.event.EventSummary;
import org.citycast.event.platform.AssociationTime;
import org.citycast.event.platform.CurrentUser;
import org.citycast.event.platform.DomainException;
import org.citycast.event.platform.Spreadsheets;
import org.citycast.event.platform.Spreadsheets.Column;
import org.citycast.event.registration.RegistrationViews.RegistrationView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff's view of an event's registrations and invitations. */
@RestController
class RegistrationController {

    private static final List<Column<RegistrationView>> SHEET = List.of(
            new Column<>("姓名", RegistrationView::name),
            new Column<>("单位", RegistrationView::organisation),
            new Column<>("城市", RegistrationView::city),
            new Column<>("手机", RegistrationView::phone),
            new Column<>("场次", r -> r.subForumTitle() == null ? "主会场" : r.subForumTitle()),
            new Column<>("状态", r -> label(r.status())),
            new Column<>("候补序号", RegistrationView::waitingPosition),
            new Column<>("票号", RegistrationView::ticketCode),
            new Column<>("报名时间", r -> local(r.registeredAt())));

    private final RegistrationService registrations;
    private final EventService events;

    RegistrationController(RegistrationService registrations, EventService events) {
        this.registrations = registrations;
        this.events = events;
    }

    record NewInvitation(@NotBlank @Size(max = 40) String invitee, @Size(max = 100) String organisation) {
    }

    /**
     * ADMIN and the organising societies see an event's registrations, and EDITOR (who runs the door);
     * phones are masked for all but ADMIN and the organiser's secretariat.
     */
    @GetMapping("/api/events/{id}/registrations")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY', 'EDITOR')")
    List<RegistrationViews.RegistrationView> list(@PathVariable UUID id) {
        CurrentUser user = CurrentUser.get();
        EventSummary event = involved(id, user);
        return RegistrationViews.of(event, registrations.ofEvent(id), event.managedBy(user));
    }

    @GetMapping("/api/events/{id}/registrations.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ResponseEntity<byte[]> export(@PathVariable UUID id) {
        CurrentUser user = CurrentUser.get();
        EventSummary event = involved(id, user);
        RegistrationService.requireManager(event, user);
        return Spreadsheets.download("registrations-" + id + ".xlsx", "报名名单", SHEET,
                RegistrationViews.of(event, registrations.ofEvent(id), true));
    }

    @PostMapping("/api/events/{id}/invitations")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ResponseEntity<Invitation> invite(@PathVariable UUID id, @Valid @RequestBody NewInvitation request) {
        Invitation invitation = registrations.invite(id, request.invitee(), request.organisation(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/events/" + id + "/invitations")).body(invitation);
    }

    @GetMapping("/api/events/{id}/invitations")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    List<Invitation> invitations(@PathVariable UUID id) {
        return registrations.invitations(id, CurrentUser.get());
    }

    /** The event, if the caller is ADMIN, EDITOR or one of its organising societies; otherwise it is not theirs to see. */
    private EventSummary involved(UUID id, CurrentUser user) {
        EventSummary event = events.readable(id, user);
        if (!event.involves(user) && !user.hasRole("EDITOR")) {
            throw DomainException.notFound("Registrations of event", id);
        }
        return event;
    }

    private static final Map<RegistrationStatus, String> LABELS = Map.of(RegistrationStatus.ADMITTED, "已确认",
            RegistrationStatus.WAITING, "候补", RegistrationStatus.CANCELLED, "已取消");

    private static String label(RegistrationStatus status) {
        return LABELS.get(status);
    }

    private static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, AssociationTime.ZONE);
    }
}
