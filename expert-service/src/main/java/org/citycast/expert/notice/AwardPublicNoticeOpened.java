package org.citycast.expert.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycast.expert.platform.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/**
 * A programme's remaining nominations went on public notice: the window (instants in UTC and the
 * first and last day in Asia/Shanghai), the gateway path where objections are filed without login,
 * the entries, and how many nominations the year had (withdrawn ones aside; withdrawal closes before
 * the notice opens, so the count is final). Keyed by the programme.
 */
@Externalized("expert.events")
public record AwardPublicNoticeOpened(UUID eventId, Instant occurredAt, ProgrammeRef programme, Instant opensAt,
        Instant closesAt, LocalDate opensOn, LocalDate closesOn, String objectionPath, List<NoticeEntry> entries,
        long nominations)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "AwardPublicNoticeOpened.v1";
    }

    @Override
    public String aggregateId() {
        return programme.id().toString();
    }
}
