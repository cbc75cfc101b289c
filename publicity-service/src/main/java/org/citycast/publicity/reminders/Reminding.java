package org.citycast.publicity.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citycast.publicity.platform.AssociationTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One reminder run: every open deadline whose stage (a lead time reached, or missed) calls for a
 * reminder; for each person concerned (the audience, or ADMIN for a missed one) whose preferences
 * do not mute its kind, a notice in their inbox and, if they take mail and have an address, a mail
 * (held for the digest if they chose one). Each is claimed first, in the same transaction, so a
 * run that repeats, overlaps with another instance's or restarts half way gives nothing twice.
 * Recipients are read from Keycloak before the transaction; a deadline whose recipients cannot be
 * read is left for the next run.
 */
@Service
public class Reminding {

    /** What a run did: deadlines looked at, notices and mails written, deadlines left for next time. */
    public record Run(int deadlines, int notices, int mails, int escalations, int failed) {
    }

    /** What one deadline's reminder gave: notices and mails written. */
    private record Given(int notices, int mails) {
    }

    private static final Logger log = LoggerFactory.getLogger(Reminding.class);

    private final Deadlines deadlines;
    private final Recipients recipients;
    private final Preferences preferences;
    private final Inbox inbox;
    private final OutgoingMails mails;
    private final ReminderTexts texts;
    private final ReminderSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reminding(Deadlines deadlines, Recipients recipients, Preferences preferences, Inbox inbox, OutgoingMails mails,
            ReminderTexts texts, ReminderSettings settings, TransactionTemplate transactions, Clock clock) {
        this.deadlines = deadlines;
        this.recipients = recipients;
        this.preferences = preferences;
        this.inbox = inbox;
        this.mails = mails;
        this.texts = texts;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Run run() {
        Instant now = clock.instant();
        int longest = settings.leadDays().stream().max(Integer::compare).orElse(0);
        Map<String, List<Recipient>> audiences = new HashMap<>();
        int looked = 0;
        int notices = 0;
        int sent = 0;
        int escalations = 0;
        int failed = 0;
        Instant oldest = now.minus(settings.escalateAfter()).minus(settings.escalationWindow());
        for (Deadline deadline : deadlines.openBetween(oldest, now.plus(Duration.ofDays(longest + 1L)))) {
            Optional<String> stage = ReminderRules.stage(deadline.dueAt(), now, settings.leadDays(),
                    settings.escalateAfter(), AssociationTime.ZONE);
            if (stage.isEmpty()) {
                continue;
            }
            looked++;
            boolean missed = ReminderRules.MISSED.equals(stage.get());
            List<Recipient> people;
            try {
                people = missed ? audiences.computeIfAbsent("ADMIN", k -> recipients.of("ADMIN", null, null))
                        : audiences.computeIfAbsent(deadline.audienceKind() + ":" + deadline.societyId() + ":"
                                + deadline.expertId(), k -> recipients.of(deadline.audienceKind(),
                                        deadline.societyId(), deadline.expertId()));
            } catch (RuntimeException keycloakDown) {
                log.warn("Recipients of deadline {} not readable now, left for the next run: {}", deadline.deadlineId(),
                        keycloakDown.getMessage());
                failed++;
                continue;
            }
            Given given = transactions.execute(status -> remind(deadline, stage.get(), people, now));
            notices += given.notices();
            sent += given.mails();
            escalations += missed ? given.notices() : 0;
        }
        return new Run(looked, notices, sent, escalations, failed);
    }

    private Given remind(Deadline deadline, String stage, List<Recipient> people, Instant now) {
        ReminderTexts.Text text = texts.of(deadline, stage, now, AssociationTime.ZONE);
        int notices = 0;
        int mailed = 0;
        for (Recipient person : people) {
            Preference preference = preferences.of(person.username());
            if (!preference.wants(deadline.kind())) {
                continue;
            }
            if (inbox.claim(deadline, stage, person.username(), "INBOX", now)) {
                inbox.add(person.username(), deadline, stage, text.subject(), text.body(), deadline.link(), now);
                notices++;
            }
            if (preference.email() && person.email() != null
                    && inbox.claim(deadline, stage, person.username(), "EMAIL", now)) {
                mails.add(person.username(), person.email(), text.subject(), text.body(), preference.dailyDigest(), now);
                mailed++;
            }
        }
        return new Given(notices, mailed);
    }
}
