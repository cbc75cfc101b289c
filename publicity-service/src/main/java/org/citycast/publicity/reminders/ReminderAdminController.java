package org.citycast.publicity.reminders;

import java.time.Clock;
import java.util.UUID;

import org.citycast.publicity.platform.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN's view of the reminders: the deadlines known, a run now, the mail outbox and its failures. */
@RestController
@RequestMapping("/api/publicity/reminders")
@PreAuthorize("hasRole('ADMIN')")
class ReminderAdminController {

    private final Reminding reminding;
    private final MailDelivery delivery;
    private final Deadlines deadlines;
    private final OutgoingMails mails;
    private final Clock clock;

    ReminderAdminController(Reminding reminding, MailDelivery delivery, Deadlines deadlines, OutgoingMails mails,
            Clock clock) {
        this.reminding = reminding;
        this.delivery = delivery;
        this.deadlines = deadlines;
        this.mails = mails;
        this.clock = clock;
    }

    /** Runs the hourly reminder run now (safe beside a scheduled one: nothing is given twice). */
    @PostMapping("/runs")
    Reminding.Run run() {
        return reminding.run();
    }

    /** Sends the mail that is due now, without waiting for the sender's next pass. */
    @PostMapping("/mail/delivery")
    MailDelivery.Delivery deliver() {
        return delivery.sendDue();
    }

    /** The deadlines the services announced; {@code state} OPEN, MET or CANCELLED. */
    @GetMapping("/deadlines")
    Page<Deadline> deadlines(@RequestParam(required = false) String state, @RequestParam(required = false) String kind,
            Pageable page) {
        return deadlines.list(state, kind, page);
    }

    /** The mail outbox, newest first: status, attempts, the next attempt and the last error. */
    @GetMapping("/mail")
    Page<OutgoingMail> mail(@RequestParam(required = false) String status,
            @RequestParam(required = false) String recipient, Pageable page) {
        return mails.list(status, recipient, page);
    }

    /** Tries a FAILED mail again, with a fresh round of attempts. */
    @PostMapping("/mail/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void retry(@PathVariable UUID id) {
        if (!mails.retry(id, clock.instant())) {
            if (!mails.exists(id)) {
                throw DomainException.notFound("Mail", id);
            }
            throw DomainException.conflict("Only a FAILED mail is retried by hand; this one is still on its way or sent.");
        }
    }
}
