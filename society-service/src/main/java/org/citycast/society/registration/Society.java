package org.citycast.society.registration;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A society (学会) on the association's register. */
@Table("society")
public class Society {

    @Id
    private final UUID id;
    private String name;
    private String shortName;
    private DisciplineCategory disciplineCategory;
    private String hostUnit;
    private SocietyStatus status;
    private HealthTier healthTier;
    private String creditCode;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    Society(UUID id, String name, String shortName, DisciplineCategory disciplineCategory, String hostUnit,
            SocietyStatus status, HealthTier healthTier, String creditCode, Instant createdAt, Instant updatedAt,
            Long version) {
        this.id = id;
        this.name = name;
        this.shortName = shortName;
        this.disciplineCategory = disciplineCategory;
        this.hostUnit = hostUnit;
        this.status = status;
        this.healthTier = healthTier;
        this.creditCode = creditCode;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** Enters an already registered society on the register directly, as the association did for its first 25. */
    static Society register(UUID id, String name, String shortName, DisciplineCategory category, String hostUnit,
            String creditCode, Instant now) {
        return new Society(id, name, shortName, category, hostUnit, SocietyStatus.ACTIVE,
                HealthTier.SOUND_ACTIVE, creditCode, now, now, null);
    }

    void describe(String name, String shortName, DisciplineCategory category, String hostUnit, Instant now) {
        this.name = name;
        this.shortName = shortName;
        this.disciplineCategory = category;
        this.hostUnit = hostUnit;
        this.updatedAt = now;
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

    public DisciplineCategory getDisciplineCategory() {
        return disciplineCategory;
    }

    public String getHostUnit() {
        return hostUnit;
    }

    public SocietyStatus getStatus() {
        return status;
    }

    public HealthTier getHealthTier() {
        return healthTier;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getVersion() {
        return version;
    }
}
