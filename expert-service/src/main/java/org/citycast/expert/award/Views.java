package org.citycast.expert.award;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycast.expert.pool.Category;

/** What the award endpoints answer. */
final class Views {

    private Views() {
    }

    record StageView(Stage stage, String label, String owner, LocalDate deadline, Instant openedAt,
            Instant closedAt) {
    }

    record ProgrammeView(UUID id, int year, AwardKind kind, String kindLabel, String name, Stage stage,
            String stageLabel, List<AwardClass> classes, List<Criterion> rubric, int reviewersPerNomination,
            String noticePeriod, List<StageView> schedule, LocalDate commendedOn) {

        static ProgrammeView of(AwardProgramme p) {
            return new ProgrammeView(p.getId(), p.getYear(), p.getKind(), p.getKind().label(), p.getName(),
                    p.getStage(), p.getStage().label(), p.getClasses(), p.getRubric(), p.getReviewersPerNomination(),
                    iso(p.noticePeriod()), p.stagePlans().stream().map(s -> new StageView(s.stage(), s.stage().label(),
                            s.owner(), s.deadline(), s.openedAt(), s.closedAt())).toList(),
                    p.getCommendedOn());
        }
    }

    /** ISO-8601, whole days as days ({@code P7D} rather than {@code PT168H}). */
    static String iso(Duration period) {
        return period.toSeconds() % Duration.ofDays(1).toSeconds() == 0 ? "P" + period.toDays() + "D"
                : period.toString();
    }

    record OutcomeView(Stage stage, String stageLabel, boolean passed, String comment, String awardClass,
            String decidedBy, Instant decidedAt) {
    }

    record ReviewerView(UUID id, String name, Assignment.How how, boolean reviewed) {
    }

    /** {@code reviewers} is ADMIN's alone: who reviews a nomination is not told to the society. */
    record NominationView(UUID id, UUID programmeId, String programmeName, int year, UUID societyId,
            String societyName, String candidateName, String candidateEmployer, String candidateTitle,
            String workTitle, Category category, String categoryLabel, String summary, UUID expertId, Stage stage,
            String stageLabel, NominationStatus status, String awardClass, String awardClassName,
            List<OutcomeView> outcomes, List<ReviewerView> reviewers, String nominatedBy, Instant nominatedAt) {
    }

    /** A review as shown: reviewers see each other only as "评审专家 n", and only once the review has closed. */
    record ReviewView(String reviewer, UUID reviewerId, Map<String, Integer> scores, int total, String comment,
            Instant submittedAt, boolean mine) {
    }

    record RankedView(int rank, UUID nominationId, String candidateName, String employer, String workTitle,
            String societyName, BigDecimal meanTotal, BigDecimal meanFirstCriterion, int reviews,
            String suggestedClass, String awardClass, NominationStatus status) {
    }

    record RankingView(UUID programmeId, String tieBreak, List<AwardClass> classes, List<RankedView> ranking) {
    }

    record AssignmentResult(int assigned, Map<UUID, Integer> shortOf) {
    }

    record ConflictView(UUID nominationId, String candidateName, UUID reviewerId, String reviewerName,
            Recusal.Kind kind, String reason) {
    }
}
