package org.citycast.publicity.inbound;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An award year ended in commendation: how many were nominated and who won in which class.
 *
 * @param awardKind {@code OUTSTANDING_WORKER} (优秀科技工作者) or {@code ACADEMIC_INNOVATION} (自然科学学术创新奖)
 */
public record AwardResultsReported(UUID eventId, Instant time, UUID awardId, String awardName, String awardKind,
        int year, int nominations, List<Winner> winners) {

    public record Winner(UUID nominationId, String candidate, UUID societyId, String awardClass) {
    }
}
