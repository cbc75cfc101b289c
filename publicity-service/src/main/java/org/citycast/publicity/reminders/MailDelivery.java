package org.citycast.publicity.reminders;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.citycast.publicity.platform.AssociationTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail outbox over SMTP, one mail per transaction: the row stays locked while it is
 * sent, so no other sender takes it, and a failure is recorded on it with the next attempt after
 * a doubling wait ({@code platform.reminders.first-retry} up to {@code max-retry}) until
 * {@code max-attempts}, after which it waits FAILED for ADMIN. Also gathers the mails held for a
 * daily digest into one per person.
 */
@Component
class MailDelivery {

    /** What one pass did. */
    record Delivery(int sent, int failed) {
    }

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int PER_PASS = 200;

    private final OutgoingMails mails;
    private final JavaMailSender sender;
    private final ReminderTexts texts;
    private final ReminderSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailDelivery(OutgoingMails mails, JavaMailSender sender, ReminderTexts texts, ReminderSettings settings,
            TransactionTemplate transactions, Clock clock) {
        this.mails = mails;
        this.sender = sender;
        this.texts = texts;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    Delivery sendDue() {
        int sent = 0;
        int failed = 0;
        for (int i = 0; i < PER_PASS; i++) {
            Boolean outcome = transactions.execute(status -> mails.takeNext(clock.instant()).map(this::send).orElse(null));
            if (outcome == null) {
                break;
            }
            if (outcome) {
                sent++;
            } else {
                failed++;
            }
        }
        return new Delivery(sent, failed);
    }

    private boolean send(OutgoingMails.Due mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.mailFrom());
            helper.setTo(mail.address());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            sender.send(message);
            mails.sent(mail.id(), clock.instant());
            return true;
        } catch (MailException | MessagingException e) {
            int attempts = mail.attempts() + 1;
            Instant next = attempts >= settings.maxAttempts() ? null : clock.instant().plus(backoff(attempts));
            // the address is personal: the log names the mail only
            log.warn("Mail {} failed (attempt {}): {}", mail.id(), attempts, e.getMessage());
            mails.failed(mail.id(), abbreviate(e.getMessage()), next);
            return false;
        }
    }

    Duration backoff(int attempts) {
        Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait;
    }

    /** Gathers each person's held mails into one digest; answers how many digests were written. */
    int digest() {
        LocalDate today = AssociationTime.today(clock);
        int written = 0;
        for (String recipient : mails.heldRecipients()) {
            Boolean made = transactions.execute(status -> {
                List<OutgoingMails.Held> held = mails.takeHeld(recipient);
                if (held.isEmpty()) {
                    return false;
                }
                ReminderTexts.Text digest = texts.digest(today,
                        held.stream().map(h -> new ReminderTexts.Text(h.subject(), h.body())).toList());
                mails.digest(recipient, held.get(held.size() - 1).address(), digest.subject(), digest.body(),
                        held.stream().map(OutgoingMails.Held::id).toList(), clock.instant());
                return true;
            });
            written += Boolean.TRUE.equals(made) ? 1 : 0;
        }
        return written;
    }

    private static String abbreviate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
