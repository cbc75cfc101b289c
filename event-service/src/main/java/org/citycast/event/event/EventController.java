package org.citycast.event.event;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.citycast.event.plan.EventKind;
import org.citycast.event.platform.CurrentUser;
import org.citycast.event.platform.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
class EventController {

    private final EventService events;

    EventController(EventService events) {
        this.events = events;
    }

    record SpeakerRequest(UUID expertId, @Size(max = 40) String name, @Size(max = 60) String title,
            @Size(max = 100) String employer, @Size(max = 200) String topic) {

        Speaker speaker() {
            // a pool expert is shown as the pool knows them, so only the topic is kept with the reference
            return expertId != null ? new Speaker(expertId, null, null, null, topic)
                    : new Speaker(null, name == null ? null : name.strip(), title, employer, topic);
        }
    }

    record SubForumRequest(UUID id, @NotBlank @Size(max = 200) String title, @Size(max = 300) String titleEn,
            @NotNull Instant startsAt, @NotNull Instant endsAt, @NotBlank @Size(max = 200) String venue,
            @NotNull @PositiveOrZero @Max(100_000) Integer capacity,
            @Valid @Size(max = 30) List<SpeakerRequest> speakers) {

        SubForum subForum() {
            return new SubForum(id, title.strip(), titleEn, startsAt, endsAt, venue.strip(), capacity,
                    speakers == null ? List.of() : speakers.stream().map(SpeakerRequest::speaker).toList());
        }
    }

    record EventRequest(UUID organiserId, UUID plannedEventId, @Size(max = 10) Set<@NotNull UUID> coOrganiserIds,
            @NotBlank @Size(max = 200) String title, @Size(max = 300) String titleEn, @NotNull EventKind kind,
            @NotNull Instant startsAt, @NotNull Instant endsAt, @NotBlank @Size(max = 200) String venue,
            @Size(max = 40) String city, @NotNull @PositiveOrZero @Max(100_000) Integer capacity,
            RegistrationMode registrationMode, @Size(max = 5000) String description,
            @Valid @Size(max = 50) List<SpeakerRequest> speakers,
            @Valid @Size(max = 20) List<SubForumRequest> subForums) {

        EventDetails details() {
            return new EventDetails(coOrganiserIds == null ? Set.of() : Set.copyOf(coOrganiserIds), title.strip(),
                    titleEn == null || titleEn.isBlank() ? null : titleEn.strip(), kind, startsAt, endsAt,
                    venue.strip(), city == null || city.isBlank() ? "济宁" : city.strip(), capacity,
                    registrationMode == null ? RegistrationMode.PUBLIC : registrationMode, description,
                    speakers == null ? List.of() : speakers.stream().map(SpeakerRequest::speaker).toList(),
                    subForums == null ? List.of() : subForums.stream().map(SubForumRequest::subForum).toList());
        }
    }

    record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/api/events")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ResponseEntity<EventView> create(@Valid @RequestBody EventRequest request) {
        CurrentUser user = CurrentUser.get();
        UUID organiser = request.organiserId() != null ? request.organiserId() : user.societyId()
                .orElseThrow(() -> DomainException.invalid("organiserId", "is required"));
        EventView event = events.create(organiser, request.plannedEventId(), request.details(), user);
        return ResponseEntity.created(URI.create("/api/events/" + event.id())).body(event);
    }

    @GetMapping("/api/events")
    List<EventView> list(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) UUID societyId, @RequestParam(required = false) EventStatus status) {
        return events.list(year, societyId, status, CurrentUser.get());
    }

    @GetMapping("/api/events/{id}")
    EventView get(@PathVariable UUID id) {
        return events.view(id, CurrentUser.get());
    }

    @PutMapping("/api/events/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    EventView change(@PathVariable UUID id, @Valid @RequestBody EventRequest request) {
        return events.change(id, request.details(), CurrentUser.get());
    }

    @PostMapping("/api/events/{id}/publication")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    EventView publish(@PathVariable UUID id) {
        return events.publish(id, CurrentUser.get());
    }

    @PostMapping("/api/events/{id}/cancellation")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    EventView cancel(@PathVariable UUID id, @Valid @RequestBody Reason reason) {
        return events.cancel(id, reason.reason(), CurrentUser.get());
    }

    /** Published events, for anyone: the programme, speakers and sub-forums. */
    @GetMapping("/api/events/public/events")
    List<EventView> publicList(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) UUID societyId) {
        return events.publicList(year, societyId);
    }

    @GetMapping("/api/events/public/events/{id}")
    EventView publicGet(@PathVariable UUID id) {
        return events.publicView(id);
    }
}
