package org.citycast.expert.notice;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycast.expert.platform.AssociationTime;
import org.citycast.expert.platform.CurrentUser;
import org.citycast.expert.platform.DomainException;
import org.citycast.expert.privacy.PersonalData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens notices, takes objections during the window, and says what still blocks commendation. */
@Service
public class NoticeService {

    private static final char[] RECEIPT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final DateTimeFormatter RECEIPT_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final PublicNotices notices;
    private final Objections objections;
    private final PersonalData personal;
    private final NoticeSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    NoticeService(PublicNotices notices, Objections objections, PersonalData personal, NoticeSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.objections = objections;
        this.personal = personal;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** The period a programme's notice runs: its own, or the configured default; never below the configured minimum. */
    public Duration period(Duration requested) {
        Duration period = requested == null ? settings.period() : requested;
        if (period.compareTo(settings.minimumPeriod()) < 0) {
            throw DomainException.invalid("noticePeriod", "must be at least " + settings.minimumPeriod()
                    + " (the shortest public notice the rules allow)");
        }
        return period;
    }

    @Transactional
    public PublicNotice open(ProgrammeRef programme, Duration period, List<NoticeEntry> entries, long nominations) {
        if (notices.existsById(programme.id())) {
            throw DomainException.conflict("The public notice of " + programme.name() + " is already open.");
        }
        Instant now = clock.instant();
        PublicNotice notice = notices.save(PublicNotice.open(programme, period, entries, now));
        events.publishEvent(new AwardPublicNoticeOpened(UUID.randomUUID(), now, programme, notice.getOpenedAt(),
                notice.getClosesAt(), notice.opensOn(), notice.closesOn(), objectionPath(programme.id()),
                notice.getEntries(), nominations));
        return notice;
    }

    /** Why commendation must wait: the window still runs, or objections await ADMIN's written answer. */
    @Transactional(readOnly = true)
    public List<String> blockersToCommendation(UUID programme) {
        PublicNotice notice = notices.findById(programme).orElseThrow(() -> DomainException.conflict(
                "The programme has no public notice yet."));
        List<String> blockers = new ArrayList<>();
        Instant now = clock.instant();
        if (now.isBefore(notice.getClosesAt())) {
            blockers.add("the public notice runs until " + notice.getClosesAt() + " (last day "
                    + notice.closesOn() + ")");
        }
        long open = objections.countByNoticeIdAndStatus(programme, Objection.Status.OPEN);
        if (open > 0) {
            blockers.add(open + " objection(s) await ADMIN's written answer");
        }
        return blockers;
    }

    @Transactional(readOnly = true)
    public List<PublicNotice> openNotices() {
        return notices.findByClosesAtAfterOrderByOpenedAtDesc(clock.instant());
    }

    @Transactional(readOnly = true)
    public PublicNotice notice(UUID programme) {
        return notices.findById(programme).orElseThrow(() -> DomainException.notFound("Public notice", programme));
    }

    /** Anyone's objection, inside the window, against a nomination on the notice; answers a receipt number. */
    @Transactional
    public Objection object(UUID programme, ObjectionForm form) {
        PublicNotice notice = notice(programme);
        Instant now = clock.instant();
        if (!notice.isOpenAt(now)) {
            throw DomainException.conflict("The public notice of " + notice.programme().name() + " ran from "
                    + notice.opensOn() + " to " + notice.closesOn() + "; objections are taken only in that window.");
        }
        if (notice.entry(form.nominationId()).isEmpty()) {
            throw DomainException.invalid("nominationId", "is not on this public notice");
        }
        String receipt = receipt(now);
        return objections.save(Objection.file(programme, form.nominationId(), receipt,
                personal.encrypt(form.name().strip()), personal.encrypt(form.phone().strip()), form.content(), now));
    }

    @Transactional(readOnly = true)
    public Objection byReceipt(String receipt) {
        return objections.findByReceipt(receipt).orElseThrow(() -> DomainException.notFound("Objection", receipt));
    }

    @Transactional(readOnly = true)
    public List<ObjectionView> objections(UUID programme, Objection.Status status) {
        PublicNotice notice = notice(programme);
        return objections.findByNoticeIdOrderByFiledAt(programme).stream()
                .filter(o -> status == null || o.getStatus() == status)
                .map(o -> view(notice, o))
                .toList();
    }

    /** ADMIN's written answer; an upheld objection takes the nomination out of the running. */
    @Transactional
    public ObjectionView answer(UUID id, boolean upheld, String answer, CurrentUser user) {
        Objection objection = objections.findById(id).orElseThrow(() -> DomainException.notFound("Objection", id));
        objection.answer(upheld, answer, user.username(), clock.instant());
        Objection saved = objections.save(objection);
        if (upheld) {
            events.publishEvent(new ObjectionUpheld(saved.getNoticeId(), saved.getNominationId(), saved.getAnswer(),
                    user.username()));
        }
        return view(notice(saved.getNoticeId()), saved);
    }

    static String objectionPath(UUID programme) {
        return "/api/awards/public/notices/" + programme + "/objections";
    }

    private ObjectionView view(PublicNotice notice, Objection o) {
        return new ObjectionView(o.getId(), o.getReceipt(), notice.getId(), notice.programme().name(),
                o.getNominationId(), notice.entry(o.getNominationId()).map(NoticeEntry::candidateName).orElse(null),
                personal.decrypt(o.getObjectorNameCipher()), personal.decrypt(o.getObjectorPhoneCipher()),
                o.getContent(), o.getFiledAt(), o.getStatus(), o.getUpheld(), o.getAnswer(), o.getAnsweredBy(),
                o.getAnsweredAt());
    }

    /** GS20261202-7K3QX9: the day in Asia/Shanghai and six random characters nobody can guess. */
    private String receipt(Instant now) {
        StringBuilder code = new StringBuilder("GS").append(RECEIPT_DAY.format(now.atZone(AssociationTime.ZONE)))
                .append('-');
        for (int i = 0; i < 6; i++) {
            code.append(RECEIPT_ALPHABET[random.nextInt(RECEIPT_ALPHABET.length)]);
        }
        return code.toString();
    }
}
