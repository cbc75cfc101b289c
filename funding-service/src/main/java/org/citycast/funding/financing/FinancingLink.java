package org.citycast.funding.financing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("financing_link")
class FinancingLink {

    @Id
    private final UUID id;
    private final UUID societyId;
    private String societyName;
    private String institution;
    private Instrument instrument;
    private BigDecimal amount;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String note;
    private final String recordedBy;
    private final Instant recordedAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @SuppressWarnings("java:S107")
    FinancingLink(UUID id, UUID societyId, String societyName, String institution, Instrument instrument,
            BigDecimal amount, LocalDate startsOn, LocalDate endsOn, String note, String recordedBy,
            Instant recordedAt, Instant updatedAt, Long version) {
        this.id = id;
        this.societyId = societyId;
        this.societyName = societyName;
        this.institution = institution;
        this.instrument = instrument;
        this.amount = amount;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static FinancingLink record(UUID society, String societyName, LinkForm form, String by, Instant now) {
        FinancingLink link = new FinancingLink(UUID.randomUUID(), society, societyName, null, null, null, null, null,
                null, by, now, now, null);
        link.describe(form, societyName, now);
        return link;
    }

    void describe(LinkForm form, String societyName, Instant now) {
        this.societyName = societyName;
        this.institution = form.institution().strip();
        this.instrument = form.instrument();
        this.amount = form.amount() == null ? null : form.amount().setScale(2);
        this.startsOn = form.startsOn();
        this.endsOn = form.endsOn();
        this.note = form.note();
        this.updatedAt = now;
    }

    LinkView view() {
        return new LinkView(id, societyId, societyName, institution, instrument, instrument.label(), amount, startsOn,
                endsOn, note, recordedBy, recordedAt, updatedAt);
    }

    UUID getId() {
        return id;
    }

    UUID getSocietyId() {
        return societyId;
    }
}
