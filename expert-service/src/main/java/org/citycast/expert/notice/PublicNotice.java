package org.citycast.expert.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycast.expert.platform.AssociationTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A programme's public notice. A period of whole days covers that many calendar days in
 * Asia/Shanghai, the opening day included, until midnight; a shorter period simply runs from the
 * moment of opening.
 */
@Table("public_notice")
public class PublicNotice {

    @Id
    private UUID id;
    private int year;
    private String kind;
    private String programmeName;
    private Instant openedAt;
    private Instant closesAt;
    @MappedCollection(idColumn = "notice_id", keyColumn = "position_index")
    private List<NoticeEntry> entries;
    @Version
    private Long version;

    PublicNotice() {
    }

    static PublicNotice open(ProgrammeRef programme, Duration period, List<NoticeEntry> entries, Instant now) {
        PublicNotice notice = new PublicNotice();
        notice.id = programme.id();
        notice.year = programme.year();
        notice.kind = programme.kind();
        notice.programmeName = programme.name();
        notice.openedAt = now;
        notice.closesAt = closesAt(now, period);
        notice.entries = new ArrayList<>(entries);
        return notice;
    }

    static Instant closesAt(Instant openedAt, Duration period) {
        if (period.toSeconds() % Duration.ofDays(1).toSeconds() == 0) {
            LocalDate first = openedAt.atZone(AssociationTime.ZONE).toLocalDate();
            return first.plusDays(period.toDays()).atStartOfDay(AssociationTime.ZONE).toInstant();
        }
        return openedAt.plus(period);
    }

    public boolean isOpenAt(Instant moment) {
        return !moment.isBefore(openedAt) && moment.isBefore(closesAt);
    }

    public LocalDate opensOn() {
        return openedAt.atZone(AssociationTime.ZONE).toLocalDate();
    }

    /** The last day objections are taken. */
    public LocalDate closesOn() {
        return closesAt.minusNanos(1).atZone(AssociationTime.ZONE).toLocalDate();
    }

    public Optional<NoticeEntry> entry(UUID nomination) {
        return entries.stream().filter(e -> e.nominationId().equals(nomination)).findFirst();
    }

    public ProgrammeRef programme() {
        return new ProgrammeRef(id, year, kind, programmeName);
    }

    public UUID getId() {
        return id;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public List<NoticeEntry> getEntries() {
        return List.copyOf(entries);
    }

    public Long getVersion() {
        return version;
    }
}
