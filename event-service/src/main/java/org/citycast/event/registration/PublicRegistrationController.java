package org.citycast.event.registration;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citycast.event.event.EventService;
import org.citycast.event.event.EventSummary;
import org.citycast.event.platform.DomainException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-up without an account, and the registrant's own link: status, QR ticket, cancellation. The
 * link's secret is the only key; it is shown once, when the registration is made.
 */
@RestController
@Validated
class PublicRegistrationController {

    static final String LINK = "/api/events/public/registrations/";

    private final RegistrationService registrations;
    private final EventService events;
    private final SignUpLimits limits;

    PublicRegistrationController(RegistrationService registrations, EventService events, SignUpLimits limits) {
        this.registrations = registrations;
        this.events = events;
        this.limits = limits;
    }

    record SignUpRequest(@NotBlank @Size(max = 40) String name, @Size(max = 100) String organisation,
            @NotBlank @Size(max = 20) String city,
            @NotBlank @Pattern(regexp = Phones.PATTERN, message = "must be a mainland mobile or landline number") String phone,
            UUID subForumId, @Size(max = 20) String invitationCode) {
    }

    /** What the registrant sees; {@code ticketCode} and {@code links} only with the secret in hand. */
    record PublicRegistration(UUID registrationId, UUID eventId, String eventTitle, UUID subForumId,
            String subForumTitle, String name, String phone, RegistrationStatus status, Long waitingPosition,
            String ticketCode, Links links, String message) {
    }

    record Links(String self, String ticket, String cancellation, String certificate) {
    }

    static class TooManySignUps extends RuntimeException {
        private final Duration retryAfter;

        TooManySignUps(Duration retryAfter) {
            super("Too many sign-ups from this address; try again in " + Math.max(1, retryAfter.toSeconds()) + " s.");
            this.retryAfter = retryAfter;
        }
    }

    @PostMapping("/api/events/public/events/{eventId}/registrations")
    ResponseEntity<PublicRegistration> signUp(@PathVariable UUID eventId, HttpServletRequest http,
            @Valid @RequestBody SignUpRequest request) {
        limits.take(http.getRemoteAddr()).ifPresent(wait -> {
            throw new TooManySignUps(wait);
        });
        var outcome = registrations.signUp(eventId, new RegistrationService.Form(request.name(), request.organisation(),
                request.city(), request.phone(), request.subForumId(), request.invitationCode()));
        Registration r = outcome.registration();
        EventSummary event = events.summary(eventId);
        if (!outcome.created()) {
            return ResponseEntity.ok(new PublicRegistration(r.id(), eventId, event.title(), r.subForumId(),
                    forumTitle(event, r), r.name(), Phones.mask(r.phone()), r.status(), position(outcome.waitingPosition()),
                    null, null, "You had already registered; your ticket and link are those you received then."));
        }
        return ResponseEntity.created(URI.create(LINK + outcome.secret()))
                .body(view(event, r, outcome.secret(), outcome.waitingPosition()));
    }

    @GetMapping(LINK + "{secret}")
    PublicRegistration get(@PathVariable @Size(max = 64) String secret) {
        Registration r = registrations.bySecret(secret);
        return view(events.summary(r.eventId()), r, secret, registrations.waitingPosition(r));
    }

    @PostMapping(LINK + "{secret}/cancellation")
    PublicRegistration cancel(@PathVariable @Size(max = 64) String secret) {
        Registration r = registrations.cancel(secret);
        return view(events.summary(r.eventId()), r, secret, 0);
    }

    @GetMapping(LINK + "{secret}/ticket.png")
    ResponseEntity<byte[]> ticket(@PathVariable @Size(max = 64) String secret) {
        Registration r = registrations.bySecret(secret);
        if (r.status() != RegistrationStatus.ADMITTED) {
            throw DomainException.conflict("There is no ticket: the registration is " + r.status() + ".");
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(TicketImage.png(r.ticketCode()));
    }

    @ExceptionHandler(TooManySignUps.class)
    ResponseEntity<ProblemDetail> tooMany(TooManySignUps e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter.toSeconds())))
                .body(problem);
    }

    private static PublicRegistration view(EventSummary event, Registration r, String secret, long waitingPosition) {
        boolean admitted = r.status() == RegistrationStatus.ADMITTED;
        return new PublicRegistration(r.id(), event.id(), event.title(), r.subForumId(), forumTitle(event, r),
                r.name(), Phones.mask(r.phone()), r.status(), position(waitingPosition),
                admitted ? r.ticketCode() : null, new Links(LINK + secret, admitted ? LINK + secret + "/ticket.png" : null,
                r.status() == RegistrationStatus.CANCELLED ? null : LINK + secret + "/cancellation",
                LINK + secret + "/certificate.pdf"), null);
    }

    private static String forumTitle(EventSummary event, Registration r) {
        return r.subForumId() == null ? null
                : event.subForum(r.subForumId()).map(EventSummary.Forum::title).orElse(null);
    }

    private static Long position(long waitingPosition) {
        return waitingPosition > 0 ? waitingPosition : null;
    }
}
