package org.citycast.publicity.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A society's evaluation grade (社会组织评估等级) was confirmed: {@code level} AAAAA (5A) down to A (1A). */
public record GradeReported(UUID eventId, Instant time, UUID societyId, UUID gradeId, String level,
        LocalDate awardedOn, LocalDate validUntil) {
}
