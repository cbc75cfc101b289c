package org.citycast.event.checkin;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.citycast.event.registration.Registration;
import org.citycast.event.registration.RegistrationService;
import org.citycast.event.registration.Workbooks;
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

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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
        List<List<Object>> rows = new ArrayList<>();
        for (CheckIns.CheckIn checkIn : checkIns) {
            Registration r = byId.get(checkIn.registrationId());
            rows.add(Arrays.asList(r.name(), r.organisation(), r.city(), manager ? r.phone() : null,
                    r.subForumId() == null ? "主会场" : event.subForum(r.subForumId())
                            .map(EventSummary.Forum::title).orElse(null),
                    r.ticketCode(), LocalDateTime.ofInstant(checkIn.at(), AssociationTime.ZONE), checkIn.by()));
        }
        byte[] sheet = Workbooks.write("签到名单", List.of("姓名", "单位", "城市", "手机", "场次", "票号", "签到时间", "签到人"),
                rows);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("attendance-" + id + ".xlsx").build().toString())
                .body(sheet);
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
