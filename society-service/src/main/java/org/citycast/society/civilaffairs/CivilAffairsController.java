package org.citycast.society.civilaffairs;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.citycast.society.civilaffairs.Inbox.Receipt;
import org.citycast.society.civilaffairs.InboundMessages.DeregistrationConfirmation;
import org.citycast.society.civilaffairs.InboundMessages.InspectionOutcomeResult;
import org.citycast.society.civilaffairs.InboundMessages.RegistrationResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * What the civil-affairs system posts. Each message carries its own {@code messageId}; the answer
 * says what became of it: 200 applied (or superseded by a newer message), 202 kept waiting for
 * the society to reach the state it needs, 400 invalid (the fields named), 409 at odds with the
 * register. A repeat gets the same answer again, with {@code Idempotent-Replayed: true}, and
 * changes nothing. Bodies are read as JSON trees, not bound to records, so that even a message
 * with a malformed field is kept for ADMIN to review; the API docs show the records.
 */
@RestController
@RequestMapping("/api/civil-affairs")
@PreAuthorize("hasRole('CIVIL_AFFAIRS')")
class CivilAffairsController {

    private final Inbox inbox;

    CivilAffairsController(Inbox inbox) {
        this.inbox = inbox;
    }

    /** {messageId, sentAt, societyId, creditCode, certificateDate}: the society is registered and active. */
    @PostMapping("/registrations")
    ResponseEntity<Object> registration(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(implementation = RegistrationResult.class))) @RequestBody JsonNode message) {
        return answer(inbox.receive(MessageKind.REGISTRATION, message));
    }

    /** {messageId, sentAt, societyId, year, outcome}: the year's annual-inspection outcome. */
    @PostMapping("/inspection-outcomes")
    ResponseEntity<Object> inspectionOutcome(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(implementation = InspectionOutcomeResult.class))) @RequestBody JsonNode message) {
        return answer(inbox.receive(MessageKind.INSPECTION_OUTCOME, message));
    }

    /** {messageId, sentAt, societyId, deregisteredOn}: the society is deregistered. */
    @PostMapping("/deregistrations")
    ResponseEntity<Object> deregistration(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(implementation = DeregistrationConfirmation.class))) @RequestBody JsonNode message) {
        return answer(inbox.receive(MessageKind.DEREGISTRATION, message));
    }

    private static ResponseEntity<Object> answer(Receipt receipt) {
        InboxEntry entry = receipt.entry();
        ResponseEntity.BodyBuilder response = switch (entry.status()) {
            case APPLIED, SUPERSEDED -> ResponseEntity.ok();
            case WAITING -> ResponseEntity.accepted();
            case REJECTED -> ResponseEntity.status(entry.errors().isEmpty() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        };
        if (receipt.repeated()) {
            response.header("Idempotent-Replayed", "true");
        }
        return entry.status() == InboxStatus.REJECTED ? response.body(problem(entry)) : response.body(entry);
    }

    /** The same shape as every other problem of this service, plus the message's id and status. */
    private static ProblemDetail problem(InboxEntry entry) {
        boolean invalid = !entry.errors().isEmpty();
        var problem = ProblemDetail.forStatusAndDetail(invalid ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT,
                entry.error());
        problem.setTitle(invalid ? "Invalid request" : "Message at odds with the register");
        if (invalid) {
            problem.setProperty("errors", entry.errors().stream()
                    .map(error -> Map.of("field", error.field(), "message", error.message()))
                    .toList());
        }
        problem.setProperty("messageId", entry.messageId());
        problem.setProperty("messageStatus", entry.status());
        return problem;
    }
}
