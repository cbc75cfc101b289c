package org.citycast.expert.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycast.expert.notice.ProgrammeRef;
import org.citycast.expert.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/**
 * An award year ended in commendation (表彰): the winners by class, and how many nominations the year
 * had (withdrawn ones aside), as the year's figures count them. Keyed by the programme.
 */
@Externalized("expert.events")
public record AwardResultsAnnounced(UUID eventId, Instant occurredAt, ProgrammeRef programme, LocalDate commendedOn,
        long nominations, List<Winner> winners) implements IntegrationEvent {

    /** A commended nomination; {@code expertId} is set when the candidate is a pool expert. */
    public record Winner(UUID nominationId, String candidateName, String employer, String candidateTitle,
            String workTitle, String awardClass, String awardClassName, UUID societyId, String societyName,
            String category, UUID expertId) {
    }

    @Override
    public String eventType() {
        return "AwardResultsAnnounced.v1";
    }

    @Override
    public String aggregateId() {
        return programme.id().toString();
    }
}
