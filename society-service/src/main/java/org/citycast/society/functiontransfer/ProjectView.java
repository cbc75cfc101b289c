package org.citycast.society.functiontransfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.citycast.society.evaluation.GradeLevel;

record ProjectView(UUID id, ProjectKind kind, String title, String commissioningBureau, String function,
        BigDecimal contractAmount, LocalDate startsOn, LocalDate endsOn, UUID societyId, String societyName,
        GradeLevel gradeAtAward, ProjectStatus status, LocalDate awardedOn, String awardedBy,
        List<MilestoneView> milestones, String outcomeSummary, LocalDate deliveredOn, Rating evaluationRating,
        String evaluationComments, LocalDate evaluatedOn, String terminationReason) {

    /** A milestone with its number (1, 2 ...), which the completion call names. */
    record MilestoneView(int number, String title, LocalDate dueOn, LocalDate completedOn, String note) {
    }

    static ProjectView of(Project p) {
        List<ProjectMilestone> milestones = p.getMilestones();
        return new ProjectView(p.getId(), p.getKind(), p.getTitle(), p.getCommissioningBureau(), p.getFunctionName(),
                p.getContractAmount(), p.getStartsOn(), p.getEndsOn(), p.getSocietyId(), p.getSocietyName(),
                p.getGradeAtAward(), p.getStatus(), p.getAwardedOn(), p.getAwardedBy(),
                IntStream.range(0, milestones.size())
                        .mapToObj(i -> new MilestoneView(i + 1, milestones.get(i).title(), milestones.get(i).dueOn(),
                                milestones.get(i).completedOn(), milestones.get(i).note()))
                        .toList(),
                p.getOutcomeSummary(), p.getDeliveredOn(), p.getEvaluationRating(), p.getEvaluationComments(),
                p.getEvaluatedOn(), p.getTerminationReason());
    }
}
