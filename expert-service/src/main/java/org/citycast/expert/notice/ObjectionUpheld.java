package org.citycast.expert.notice;

import java.util.UUID;

/** ADMIN upheld an objection: the nomination does not pass the public notice. Stays inside this service. */
public record ObjectionUpheld(UUID programmeId, UUID nominationId, String answer, String answeredBy) {
}
