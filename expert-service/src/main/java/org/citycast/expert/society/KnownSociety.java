package org.citycast.expert.society;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A society as this service last heard of it from society-service. */
@Table("society")
public class KnownSociety {

    @Id
    private final UUID id;
    private String name;
    private String shortName;
    private String disciplineCategory;
    private String status;
    private Instant asOf;
    @Version
    private Long version;

    KnownSociety(UUID id, String name, String shortName, String disciplineCategory, String status, Instant asOf,
            Long version) {
        this.id = id;
        this.name = name;
        this.shortName = shortName;
        this.disciplineCategory = disciplineCategory;
        this.status = status;
        this.asOf = asOf;
        this.version = version;
    }

    static KnownSociety first(UUID id) {
        return new KnownSociety(id, null, null, null, null, Instant.EPOCH, null);
    }

    /** In good standing with the association: not in founding, disqualified or deregistered. */
    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    /** Events may arrive out of order after a retry; an older state never overwrites a newer one. */
    boolean isNewerThanUs(Instant eventTime) {
        return !eventTime.isBefore(asOf);
    }

    void describe(String name, String shortName, String disciplineCategory, String status, Instant eventTime) {
        this.name = name;
        this.shortName = shortName;
        this.disciplineCategory = disciplineCategory;
        this.status = status;
        this.asOf = eventTime;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getDisciplineCategory() {
        return disciplineCategory;
    }

    public String getStatus() {
        return status;
    }

    public Instant getAsOf() {
        return asOf;
    }

    public Long getVersion() {
        return version;
    }
}
