package org.citycast.society.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.citycast.society.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A society's application to a round, with its self-assessment (自评), and where it ended. */
@Table("evaluation_application")
public class EvaluationApplication {

    @Id
    private final UUID id;
    private final UUID roundId;
    private final UUID societyId;
    private final String societyName;
    private final EvaluationRules.Basis basis;
    private final String statement;
    @Embedded.Empty(prefix = "self_")
    private final IndicatorPoints selfAssessment;
    private ApplicationStatus status;
    private final Instant submittedAt;
    private final String submittedBy;
    private BigDecimal score;
    private GradeLevel proposedLevel;
    private String decisionNote;
    private UUID gradeId;
    @Version
    private Long version;

    EvaluationApplication(UUID id, UUID roundId, UUID societyId, String societyName, EvaluationRules.Basis basis,
            String statement, IndicatorPoints selfAssessment, ApplicationStatus status, Instant submittedAt,
            String submittedBy, BigDecimal score, GradeLevel proposedLevel, String decisionNote, UUID gradeId,
            Long version) {
        this.id = id;
        this.roundId = roundId;
        this.societyId = societyId;
        this.societyName = societyName;
        this.basis = basis;
        this.statement = statement;
        this.selfAssessment = selfAssessment;
        this.status = status;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.score = score;
        this.proposedLevel = proposedLevel;
        this.decisionNote = decisionNote;
        this.gradeId = gradeId;
        this.version = version;
    }

    static EvaluationApplication submit(UUID roundId, UUID societyId, String societyName, EvaluationRules.Basis basis,
            String statement, IndicatorPoints selfAssessment, String by, Instant now) {
        return new EvaluationApplication(UUID.randomUUID(), roundId, societyId, societyName, basis, statement,
                selfAssessment, ApplicationStatus.SUBMITTED, now, by, null, null, null, null, null);
    }

    /** Scored: the mean of its assessors' totals and the grade it earns (null below the lowest band). */
    void propose(BigDecimal score, GradeLevel level) {
        require(ApplicationStatus.SUBMITTED, "propose a grade");
        this.score = score;
        this.proposedLevel = level;
        this.status = ApplicationStatus.PROPOSED;
    }

    void graded(UUID gradeId) {
        require(ApplicationStatus.PROPOSED, "confirm the grade");
        this.gradeId = gradeId;
        this.status = ApplicationStatus.GRADED;
    }

    void notGraded(String note) {
        require(ApplicationStatus.PROPOSED, "close without a grade");
        this.decisionNote = note;
        this.status = ApplicationStatus.NOT_GRADED;
    }

    void reject(String reason) {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.PROPOSED) {
            throw DomainException.conflict("The application is " + status + "; only a pending one can be rejected.");
        }
        this.decisionNote = reason;
        this.status = ApplicationStatus.REJECTED;
    }

    void withdraw() {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.PROPOSED) {
            throw DomainException.conflict("The application is " + status + "; only a pending one can be withdrawn.");
        }
        this.status = ApplicationStatus.WITHDRAWN;
    }

    boolean pending() {
        return status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.PROPOSED;
    }

    private void require(ApplicationStatus expected, String step) {
        if (status != expected) {
            throw DomainException.conflict("Cannot " + step + ": the application of " + societyName + " is " + status
                    + ", not " + expected + ".");
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getRoundId() {
        return roundId;
    }

    public UUID getSocietyId() {
        return societyId;
    }

    public String getSocietyName() {
        return societyName;
    }

    public EvaluationRules.Basis getBasis() {
        return basis;
    }

    public String getStatement() {
        return statement;
    }

    public IndicatorPoints getSelfAssessment() {
        return selfAssessment;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public BigDecimal getScore() {
        return score;
    }

    public GradeLevel getProposedLevel() {
        return proposedLevel;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public UUID getGradeId() {
        return gradeId;
    }

    public Long getVersion() {
        return version;
    }
}
