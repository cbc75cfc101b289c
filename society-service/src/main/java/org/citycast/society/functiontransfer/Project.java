package org.citycast.society.functiontransfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycast.society.evaluation.GradeLevel;
import org.citycast.society.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A function transferred from government or a service it purchases, awarded to a society: the
 * commissioning bureau, the function, the contract amount (yuan, exact) and period, its milestones,
 * the society's outcome and the bureau's evaluation.
 */
@Table("function_transfer_project")
public class Project {

    @Id
    private final UUID id;
    private final ProjectKind kind;
    private final String title;
    private final String commissioningBureau;
    private final String functionName;
    private final BigDecimal contractAmount;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final UUID societyId;
    private final String societyName;
    private final GradeLevel gradeAtAward;
    private ProjectStatus status;
    private final LocalDate awardedOn;
    private final String awardedBy;
    @MappedCollection(idColumn = "project_id", keyColumn = "position")
    private List<ProjectMilestone> milestones;
    private String outcomeSummary;
    private LocalDate deliveredOn;
    private Rating evaluationRating;
    private String evaluationComments;
    private LocalDate evaluatedOn;
    private String terminationReason;
    @Version
    private Long version;

    Project(UUID id, ProjectKind kind, String title, String commissioningBureau, String functionName,
            BigDecimal contractAmount, LocalDate startsOn, LocalDate endsOn, UUID societyId, String societyName,
            GradeLevel gradeAtAward, ProjectStatus status, LocalDate awardedOn, String awardedBy,
            List<ProjectMilestone> milestones, String outcomeSummary, LocalDate deliveredOn, Rating evaluationRating,
            String evaluationComments, LocalDate evaluatedOn, String terminationReason, Long version) {
        this.id = id;
        this.kind = kind;
        this.title = title;
        this.commissioningBureau = commissioningBureau;
        this.functionName = functionName;
        this.contractAmount = contractAmount;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.societyId = societyId;
        this.societyName = societyName;
        this.gradeAtAward = gradeAtAward;
        this.status = status;
        this.awardedOn = awardedOn;
        this.awardedBy = awardedBy;
        this.milestones = milestones == null ? new ArrayList<>() : new ArrayList<>(milestones);
        this.outcomeSummary = outcomeSummary;
        this.deliveredOn = deliveredOn;
        this.evaluationRating = evaluationRating;
        this.evaluationComments = evaluationComments;
        this.evaluatedOn = evaluatedOn;
        this.terminationReason = terminationReason;
        this.version = version;
    }

    static Project award(ProjectKind kind, String title, String commissioningBureau, String functionName,
            BigDecimal contractAmount, LocalDate startsOn, LocalDate endsOn, UUID societyId, String societyName,
            GradeLevel gradeAtAward, List<ProjectMilestone> milestones, LocalDate today, String by) {
        if (endsOn.isBefore(startsOn)) {
            throw DomainException.invalid("endsOn", "must not be before startsOn");
        }
        return new Project(UUID.randomUUID(), kind, title, commissioningBureau, functionName,
                contractAmount.setScale(2), startsOn, endsOn, societyId, societyName, gradeAtAward,
                ProjectStatus.AWARDED, today, by, milestones, null, null, null, null, null, null, null);
    }

    void addMilestone(String title, LocalDate dueOn) {
        requireUnderWay("add a milestone");
        milestones.add(new ProjectMilestone(title, dueOn, null, null));
    }

    void completeMilestone(int number, LocalDate on, String note, LocalDate today) {
        requireUnderWay("complete a milestone");
        if (number < 1 || number > milestones.size()) {
            throw DomainException.notFound("Milestone", number);
        }
        if (on.isAfter(today)) {
            throw DomainException.invalid("completedOn", "must not be in the future");
        }
        milestones.set(number - 1, milestones.get(number - 1).completed(on, note));
    }

    void deliver(String summary, LocalDate on, LocalDate today) {
        requireUnderWay("report the outcome");
        if (on.isAfter(today)) {
            throw DomainException.invalid("deliveredOn", "must not be in the future");
        }
        this.outcomeSummary = summary;
        this.deliveredOn = on;
        this.status = ProjectStatus.DELIVERED;
    }

    void evaluate(Rating rating, String comments, LocalDate today) {
        if (status != ProjectStatus.DELIVERED) {
            throw DomainException.conflict("The project is " + status + "; it is evaluated once its outcome is reported.");
        }
        this.evaluationRating = rating;
        this.evaluationComments = comments;
        this.evaluatedOn = today;
        this.status = ProjectStatus.EVALUATED;
    }

    void terminate(String reason) {
        if (status == ProjectStatus.EVALUATED || status == ProjectStatus.TERMINATED) {
            throw DomainException.conflict("The project is " + status + " already.");
        }
        this.terminationReason = reason;
        this.status = ProjectStatus.TERMINATED;
    }

    private void requireUnderWay(String step) {
        if (status != ProjectStatus.AWARDED) {
            throw DomainException.conflict("Cannot " + step + ": the project is " + status + ".");
        }
    }

    public UUID getId() {
        return id;
    }

    public ProjectKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getCommissioningBureau() {
        return commissioningBureau;
    }

    public String getFunctionName() {
        return functionName;
    }

    public BigDecimal getContractAmount() {
        return contractAmount;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public UUID getSocietyId() {
        return societyId;
    }

    public String getSocietyName() {
        return societyName;
    }

    public GradeLevel getGradeAtAward() {
        return gradeAtAward;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public String getAwardedBy() {
        return awardedBy;
    }

    public List<ProjectMilestone> getMilestones() {
        return List.copyOf(milestones);
    }

    public String getOutcomeSummary() {
        return outcomeSummary;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public Rating getEvaluationRating() {
        return evaluationRating;
    }

    public String getEvaluationComments() {
        return evaluationComments;
    }

    public LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    public Long getVersion() {
        return version;
    }
}
