package org.citycast.society.evaluation;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.citycast.society.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One assessor's part in one application: assigned by ADMIN with what they declared of themselves
 * (employer, societies), then their points by indicator group, or their recusal.
 */
@Table("evaluation_assessment")
public class Assessment {

    @Id
    private final UUID id;
    private final UUID applicationId;
    private final UUID societyId;
    private final UUID expertId;
    private final String assessorName;
    private final String employer;
    private final String declaredSocieties;
    private AssessmentStatus status;
    @Embedded.Nullable
    private IndicatorPoints points;
    private String comments;
    private String recusalReason;
    private final Instant assignedAt;
    private final String assignedBy;
    private Instant scoredAt;
    @Version
    private Long version;

    Assessment(UUID id, UUID applicationId, UUID societyId, UUID expertId, String assessorName, String employer,
            String declaredSocieties, AssessmentStatus status, IndicatorPoints points, String comments,
            String recusalReason, Instant assignedAt, String assignedBy, Instant scoredAt, Long version) {
        this.id = id;
        this.applicationId = applicationId;
        this.societyId = societyId;
        this.expertId = expertId;
        this.assessorName = assessorName;
        this.employer = employer;
        this.declaredSocieties = declaredSocieties;
        this.status = status;
        this.points = points;
        this.comments = comments;
        this.recusalReason = recusalReason;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
        this.scoredAt = scoredAt;
        this.version = version;
    }

    static Assessment assign(UUID applicationId, UUID societyId, UUID expertId, RecusalRules.Affiliation affiliation,
            String by, Instant now) {
        return new Assessment(UUID.randomUUID(), applicationId, societyId, expertId, affiliation.name(),
                affiliation.employer(), affiliation.societyIds().stream().map(UUID::toString).sorted()
                        .collect(Collectors.joining(",")),
                AssessmentStatus.ASSIGNED, null, null, null, now, by, null, null);
    }

    void score(IndicatorPoints points, String comments, Instant now) {
        if (status == AssessmentStatus.RECUSED) {
            throw DomainException.conflict("You stood aside from this application; it cannot be scored by you.");
        }
        this.points = points;
        this.comments = comments;
        this.scoredAt = now;
        this.status = AssessmentStatus.SCORED;
    }

    void recuse(String reason) {
        this.status = AssessmentStatus.RECUSED;
        this.recusalReason = reason;
        this.points = null;
        this.scoredAt = null;
    }

    RecusalRules.Affiliation affiliation() {
        Set<UUID> societies = declaredSocieties == null || declaredSocieties.isBlank() ? Set.of()
                : Arrays.stream(declaredSocieties.split(",")).map(UUID::fromString)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        return new RecusalRules.Affiliation(assessorName, employer, societies);
    }

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public UUID getSocietyId() {
        return societyId;
    }

    public UUID getExpertId() {
        return expertId;
    }

    public String getAssessorName() {
        return assessorName;
    }

    public String getEmployer() {
        return employer;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public IndicatorPoints getPoints() {
        return points;
    }

    public String getComments() {
        return comments;
    }

    public String getRecusalReason() {
        return recusalReason;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }

    public Long getVersion() {
        return version;
    }
}
