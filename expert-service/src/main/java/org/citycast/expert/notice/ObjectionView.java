package org.citycast.expert.notice;

import java.time.Instant;
import java.util.UUID;

/** An objection as ADMIN reads it, with the objector's name and phone. */
public record ObjectionView(UUID id, String receipt, UUID programmeId, String programmeName, UUID nominationId,
        String candidateName, String objectorName, String objectorPhone, String content, Instant filedAt,
        Objection.Status status, Boolean upheld, String answer, String answeredBy, Instant answeredAt) {
}
