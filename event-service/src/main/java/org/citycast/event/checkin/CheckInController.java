package org.citycast.event.checkin;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.citycast.event.event.EventService;
import org.citycast.event.event.EventSummary;
import org.citycast.event.event.EventView;
import org.citycast.event.platform.AssociationTime;
import org.citycast.event.platform.CurrentUser;
import org.citycast.event.platform.Spreadsheets;
import org.citycast.event.platform.Spreadsheets.Column;
import org.citycast.event.registration.Registration;
import org.citycast.event.registration.RegistrationService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
class CheckInController {

    private final AttendanceService attendance;
    private final Certificates certificates;
    private final RegistrationService registrations;
    private final EventService events;

    CheckInController(AttendanceService attendance, Certificates certificates, RegistrationService registrations,
            EventService events) {
        this.attendance = attendance;
        this.certificates = certificates;
        this.registrations = registrations;
        this.events = events;
    }

    record Ticket(@NotBlank @Size(max = 20) String ticketCode) {
    }

    record Beneficiaries(@NotNull @PositiveOrZero @Max(10_000_000) Integer beneficiaries, @Size(max = 500) String note) {
    }

    @PostMapping("/api/events/{id}/check-ins")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY', 'EDITOR')")
    AttendanceService.Admission checkIn(@PathVariable UUID id, @Valid @RequestBody Ticket ticket) {
        return attendance.checkIn(id, ticket.ticketCode(), CurrentUser.get());
    }

    @GetMapping("/api/events/{id}/attendance")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY', 'EDITOR')")
    AttendanceService.Attendance attendance(@PathVariable UUID id) {
        return attendance.attendance(id, CurrentUser.get());
    }

    @PutMapping("/api/events/{id}/beneficiaries")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    AttendanceService.Attendance beneficiaries(@PathVariable UUID id, @Valid @RequestBody Beneficiaries request) {
        return attendance.recordBeneficiaries(id, request.beneficiaries(), request.note(), CurrentUser.get());
    }

    /** The event took place: it is recorded as held and its figures go out as EventHeld. */
    @PostMapping("/api/events/{id}/held")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    EventView held(@PathVariable UUID id) {
        return attendance.close(id, CurrentUser.get());
    }

    @GetMapping("/api/events/{id}/attendance.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ResponseEntity<byte[]> export(@PathVariable UUID id) {
        CurrentUser user = CurrentUser.get();
        List<CheckIns.CheckIn> checkIns = attendance.checkInsOf(id, user);
        EventSummary event = events.readable(id, user);
        boolean manager = event.managedBy(user);
        Map<UUID, Registration> byId = registrations.ofEvent(id).stream()
                .collect(Collectors.toMap(Registration::id, Function.identity()));
        List<Column<Attended>> columns = List.of(
                new Column<>("姓名", a -> a.registration().name()),
                new Column<>("单位", a -> a.registration().organisation()),
                new Column<>("城市", a -> a.registration().city()),
                new Column<>("手机", a -> manager ? a.registration().phone() : null),
                new Column<>("场次", a -> forum(event, a.registration())),
                new Column<>("票号", a -> a.registration().ticketCode()),
                new Column<>("签到时间", a -> LocalDateTime.ofInstant(a.checkIn().at(), AssociationTime.ZONE)),
                new Column<>("签到人", a -> a.checkIn().by()));
        return Spreadsheets.download("attendance-" + id + ".xlsx", "签到名单", columns, checkIns.stream()
                .map(checkIn -> new Attended(byId.get(checkIn.registrationId()), checkIn)).toList());
    }

    private record Attended(Registration registration, CheckIns.CheckIn checkIn) {
    }

    private static String forum(EventSummary event, Registration registration) {
        return registration.subForumId() == null ? "主会场"
                : event.subForum(registration.subForumId()).map(EventSummary.Forum::title).orElse(null);
    }

    @GetMapping("/api/events/{id}/registrations/{registrationId}/certificate.pdf")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ResponseEntity<byte[]> certificate(@PathVariable UUID id, @PathVariable UUID registrationId) {
        return pdf(certificates.forRegistration(id, registrationId, CurrentUser.get()));
    }

    @GetMapping("/api/events/public/registrations/{secret}/certificate.pdf")
    ResponseEntity<byte[]> ownCertificate(@PathVariable @Size(max = 64) String secret) {
        return pdf(certificates.forLink(secret));
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("certificate.pdf")
                        .build().toString())
                .body(pdf);
    }
}
