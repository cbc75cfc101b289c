package org.citycast.society.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A society's evaluation grade (评估等级) with its certificate number and validity; lowered or
 * revoked by ADMIN with a reason, lapsed when its validity ends or the society leaves the register.
 */
@Table("evaluation_grade")
public class Grade {

    @Id
    private final UUID id;
    private final UUID societyId;
    private final String societyName;
    private final UUID roundId;
    private final UUID applicationId;
    private GradeLevel level;
    private final GradeLevel awardedLevel;
    private final BigDecimal score;
    private final LocalDate awardedOn;
    private final Instant awardedAt;
    private final LocalDate validUntil;
    private final String certificateNumber;
    private GradeStatus status;
    private LocalDate loweredOn;
    private String loweredReason;
    private LocalDate lapsedOn;
    private LapseCause lapseCause;
    private String lapseReason;
    @Version
    private Long version;

    Grade(UUID id, UUID societyId, String societyName, UUID roundId, UUID applicationId, GradeLevel level,
            GradeLevel awardedLevel, BigDecimal score, LocalDate awardedOn, Instant awardedAt, LocalDate validUntil,
            String certificateNumber, GradeStatus status, LocalDate loweredOn, String loweredReason,
            LocalDate lapsedOn, LapseCause lapseCause, String lapseReason, Long version) {
        this.id = id;
        this.societyId = societyId;
        this.societyName = societyName;
        this.roundId = roundId;
        this.applicationId = applicationId;
        this.level = level;
        this.awardedLevel = awardedLevel;
        this.score = score;
        this.awardedOn = awardedOn;
        this.awardedAt = awardedAt;
        this.validUntil = validUntil;
        this.certificateNumber = certificateNumber;
        this.status = status;
        this.loweredOn = loweredOn;
        this.loweredReason = loweredReason;
        this.lapsedOn = lapsedOn;
        this.lapseCause = lapseCause;
        this.lapseReason = lapseReason;
        this.version = version;
    }

    static Grade award(EvaluationApplication application, GradeLevel level, LocalDate today, LocalDate validUntil,
            String certificateNumber, Instant now) {
        return new Grade(UUID.randomUUID(), application.getSocietyId(), application.getSocietyName(),
                application.getRoundId(), application.getId(), level, level, application.getScore(), today, now,
                validUntil, certificateNumber, GradeStatus.IN_FORCE, null, null, null, null, null, null);
    }

    /** A grade from the association's records before the platform, with its certificate number as issued. */
    static Grade recorded(UUID societyId, String societyName, GradeLevel level, BigDecimal score, LocalDate awardedOn,
            LocalDate validUntil, String certificateNumber, Instant now) {
        return new Grade(UUID.randomUUID(), societyId, societyName, null, null, level, level, score, awardedOn, now,
                validUntil, certificateNumber, GradeStatus.IN_FORCE, null, null, null, null, null, null);
    }

    void lower(GradeLevel to, String reason, LocalDate today) {
        requireInForce("lower");
        if (to.atLeast(level)) {
            throw DomainException.invalid("level", "must be below the grade in force, " + level);
        }
        this.level = to;
        this.loweredOn = today;
        this.loweredReason = reason;
    }

    void lapse(LapseCause cause, String reason, LocalDate today) {
        requireInForce("end");
        this.status = GradeStatus.LAPSED;
        this.lapseCause = cause;
        this.lapseReason = reason;
        this.lapsedOn = today;
    }

    boolean expiredBy(LocalDate today) {
        return status == GradeStatus.IN_FORCE && today.isAfter(validUntil);
    }

    EvaluationRules.PastGrade past() {
        return new EvaluationRules.PastGrade(level, awardedOn, validUntil, status, lapseCause, lapsedOn);
    }

    private void requireInForce(String step) {
        if (status != GradeStatus.IN_FORCE) {
            throw DomainException.conflict("Cannot " + step + " the grade: it lapsed on " + lapsedOn + " (" + lapseCause
                    + ").");
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getSocietyId() {
        return societyId;
    }

    public String getSocietyName() {
        return societyName;
    }

    public UUID getRoundId() {
        return roundId;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public GradeLevel getLevel() {
        return level;
    }

    public GradeLevel getAwardedLevel() {
        return awardedLevel;
    }

    public BigDecimal getScore() {
        return score;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public Instant getAwardedAt() {
        return awardedAt;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public GradeStatus getStatus() {
        return status;
    }

    public LocalDate getLoweredOn() {
        return loweredOn;
    }

    public String getLoweredReason() {
        return loweredReason;
    }

    public LocalDate getLapsedOn() {
        return lapsedOn;
    }

    public LapseCause getLapseCause() {
        return lapseCause;
    }

    public String getLapseReason() {
        return lapseReason;
    }

    public Long getVersion() {
        return version;
    }
}
