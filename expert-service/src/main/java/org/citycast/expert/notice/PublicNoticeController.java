package org.citycast.expert.notice;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.citycast.expert.platform.DomainException;
import org.citycast.expert.platform.FieldProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side of a notice, no login: the notices, an objection form, and the status of an
 * objection by its receipt number. Filing is rate-limited per client address before anything else
 * is looked at, so the limit also holds for bad requests.
 */
@RestController
@RequestMapping("/api/awards/public")
class PublicNoticeController {

    private final NoticeService notices;
    private final ObjectionRateLimit rateLimit;
    private final Validator validator;
    private final Clock clock;

    PublicNoticeController(NoticeService notices, ObjectionRateLimit rateLimit, Validator validator, Clock clock) {
        this.notices = notices;
        this.rateLimit = rateLimit;
        this.validator = validator;
        this.clock = clock;
    }

    record NoticeView(UUID programmeId, int year, String kind, String programmeName, Instant opensAt,
            Instant closesAt, LocalDate opensOn, LocalDate closesOn, boolean open, String objectionPath,
            List<NoticeEntry> entries) {

        static NoticeView of(PublicNotice notice, Instant now) {
            ProgrammeRef programme = notice.programme();
            return new NoticeView(programme.id(), programme.year(), programme.kind(), programme.name(),
                    notice.getOpenedAt(), notice.getClosesAt(), notice.opensOn(), notice.closesOn(),
                    notice.isOpenAt(now), NoticeService.objectionPath(programme.id()), notice.getEntries());
        }
    }

    record Receipt(String receiptNumber, Instant filedAt, Objection.Status status) {
    }

    record ObjectionStatus(String receiptNumber, String programmeName, String candidateName, Instant filedAt,
            Objection.Status status, Boolean upheld, String answer, Instant answeredAt) {
    }

    /** The notices whose window is open now. */
    @GetMapping("/notices")
    List<NoticeView> open() {
        Instant now = clock.instant();
        return notices.openNotices().stream().map(n -> NoticeView.of(n, now)).toList();
    }

    @GetMapping("/notices/{programmeId}")
    NoticeView notice(@PathVariable UUID programmeId) {
        return NoticeView.of(notices.notice(programmeId), clock.instant());
    }

    @PostMapping("/notices/{programmeId}/objections")
    ResponseEntity<?> object(@PathVariable UUID programmeId, @RequestBody ObjectionForm form,
            HttpServletRequest request) {
        Duration wait = rateLimit.waitFor(request.getRemoteAddr());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many objections from your address; try again in " + seconds + " s.");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
        }
        Set<ConstraintViolation<ObjectionForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            List<FieldProblem> problems = violations.stream()
                    .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldProblem::field)).toList();
            throw DomainException.invalid("The objection has " + problems.size() + " problem(s).", problems);
        }
        Objection objection = notices.object(programmeId, form);
        return ResponseEntity.created(URI.create("/api/awards/public/objections/" + objection.getReceipt()))
                .body(new Receipt(objection.getReceipt(), objection.getFiledAt(), objection.getStatus()));
    }

    /** What became of an objection, for whoever holds its receipt number; nothing about the objector. */
    @GetMapping("/objections/{receipt}")
    ObjectionStatus status(@PathVariable String receipt) {
        Objection objection = notices.byReceipt(receipt);
        PublicNotice notice = notices.notice(objection.getNoticeId());
        return new ObjectionStatus(objection.getReceipt(), notice.programme().name(),
                notice.entry(objection.getNominationId()).map(NoticeEntry::candidateName).orElse(null),
                objection.getFiledAt(), objection.getStatus(), objection.getUpheld(), objection.getAnswer(),
                objection.getAnsweredAt());
    }
}
