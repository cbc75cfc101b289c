package org.citycast.publicity.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An award programme's public notice (公示) opened: who is proposed, and the window for objections.
 *
 * @param objectionPath where the public posts an objection (expert-service's public endpoint), when given
 * @param nominations how many the year's nominations were (withdrawn ones aside), when the event says
 */
public record PublicNoticeReported(UUID eventId, Instant time, UUID awardId, String awardName, String awardKind,
        int year, LocalDate opensOn, LocalDate closesOn, String objectionPath, Integer nominations,
        List<Nominee> nominees) {

    public record Nominee(UUID nominationId, String candidate, String employer, UUID societyId, String societyName,
            String awardClass, String awardClassName, String workTitle) {
    }
}
