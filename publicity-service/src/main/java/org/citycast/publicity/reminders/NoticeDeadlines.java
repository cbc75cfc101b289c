package org.citycast.publicity.reminders;

import java.util.UUID;

import org.citycast.publicity.inbound.AwardResultsReported;
import org.citycast.publicity.inbound.DeadlineReported;
import org.citycast.publicity.inbound.PublicNoticeReported;
import org.citycast.publicity.platform.AssociationTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * This service's own deadline, kept in-process: an award's public notice (公示) window closing
 * ({@code AWARD_NOTICE}, ADMIN, who must answer every objection before the commendation). The
 * window comes with {@code AwardPublicNoticeOpened} (opened again: moved) and the deadline is met
 * by {@code AwardResultsAnnounced}.
 */
@Component
class NoticeDeadlines {

    static final String KIND = "AWARD_NOTICE";

    private final Deadlines deadlines;

    NoticeDeadlines(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PublicNoticeReported opened) {
        deadlines.on(new DeadlineReported(opened.eventId(), opened.time(), "publicity-service", "SCHEDULED",
                id(opened.awardId()), KIND,
                opened.closesOn().plusDays(1).atStartOfDay(AssociationTime.ZONE).toInstant(),
                new DeadlineReported.Audience("ADMIN", null, null),
                opened.awardName() + " 公示期结束（答复全部异议后进入表彰）",
                "/api/awards/objections?programmeId=" + opened.awardId(), null, null));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AwardResultsReported announced) {
        deadlines.on(new DeadlineReported(announced.eventId(), announced.time(), "publicity-service", "MET",
                id(announced.awardId()), KIND, null, null, null, null, announced.time(), null));
    }

    private static String id(UUID award) {
        return "award-notice:" + award;
    }
}
