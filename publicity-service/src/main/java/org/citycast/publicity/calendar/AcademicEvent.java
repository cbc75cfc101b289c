package org.citycast.publicity.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.citycast.publicity.platform.AssociationTime;

/** An academic event as the public sees it. */
public record AcademicEvent(UUID id, UUID societyId, String title, String kind, Instant startsAt, Instant endsAt,
        String venue, String summary, String status, Integer sessionNumber, Integer sessionYear, Integer attendance,
        Integer beneficiaries) {

    public boolean branded() {
        return sessionNumber != null;
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    /** The start in Jining's time, for pages. */
    public ZonedDateTime localStart() {
        return startsAt == null ? null : startsAt.atZone(AssociationTime.ZONE);
    }

    public String kindName() {
        if (kind == null) {
            return "学术活动";
        }
        return switch (kind) {
            case "ANNUAL_MEETING" -> "学术年会";
            case "FORUM" -> "论坛";
            case "LECTURE" -> "讲座";
            case "TRAINING" -> "培训班";
            case "OUTREACH" -> "科普活动";
            case "CONGRESS" -> "会员代表大会";
            default -> "学术活动";
        };
    }
}
