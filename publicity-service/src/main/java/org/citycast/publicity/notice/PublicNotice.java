package org.citycast.publicity.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An award programme's public notice: the window for objections, where they are filed (expert-service's
 * public endpoint, when the event said), and the proposed nominees.
 */
public record PublicNotice(UUID awardId, String awardName, String awardKind, int year, LocalDate opensOn,
        LocalDate closesOn, String objectionPath, List<Nominee> nominees) {

    public record Nominee(UUID nominationId, String candidate, String employer, UUID societyId, String societyName,
            String awardClass, String awardClassName, String workTitle) {
    }

    /** Objections are taken on every day of the window, both ends included (Asia/Shanghai). */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
