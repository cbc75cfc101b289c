package org.citycast.publicity.inbound;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An award programme ended in commendation: who won in which class.
 *
 * @param awardKind {@code OUTSTANDING_WORKER} (优秀科技工作者) or {@code ACADEMIC_INNOVATION} (自然科学学术创新奖)
 * @param nominations how many were nominated, when the event says
 */
public record AwardResultsReported(UUID eventId, Instant time, UUID awardId, String awardName, String awardKind,
        int year, Integer nominations, List<PublicNoticeReported.Nominee> winners) {
}
