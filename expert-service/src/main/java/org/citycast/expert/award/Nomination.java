package org.citycast.expert.award;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citycast.expert.platform.DomainException;
import org.citycast.expert.pool.Category;
import org.citycast.expert.pool.Expert;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A society's nomination of a candidate (a person, or a person's work) for an award. It moves
 * forward only: it gets an outcome at each decided stage, moves on with the programme when it
 * passed, and is out when it did not.
 */
@Table("award_nomination")
public class Nomination {

    @Id
    private UUID id;
    private UUID programmeId;
    private UUID societyId;
    private String societyName;
    private String candidateName;
    private String candidateEmployer;
    private String employerKey;
    private String candidateTitle;
    private String workTitle;
    private Category category;
    private String summary;
    private UUID expertId;
    private Stage stage;
    private NominationStatus status;
    private String awardClass;
    private String searchText;
    private String nominatedBy;
    private Instant nominatedAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "nomination_id")
    private Set<Outcome> outcomes;
    @MappedCollection(idColumn = "nomination_id")
    private Set<Assignment> assignments;
    @MappedCollection(idColumn = "nomination_id")
    private Set<DeclaredConflict> conflicts;
    @Version
    private Long version;

    Nomination() {
    }

    record Candidate(String name, String employer, String title, String workTitle, Category category, String summary,
            UUID expertId) {
    }

    static Nomination file(UUID id, UUID programme, UUID society, String societyName, Candidate candidate, String by,
            Instant now) {
        Nomination nomination = new Nomination();
        nomination.id = id;
        nomination.programmeId = programme;
        nomination.societyId = society;
        nomination.societyName = societyName;
        nomination.candidateName = candidate.name().strip();
        nomination.candidateEmployer = candidate.employer().strip();
        nomination.employerKey = Expert.employerKey(candidate.employer());
        nomination.candidateTitle = candidate.title();
        nomination.workTitle = candidate.workTitle();
        nomination.category = candidate.category();
        nomination.summary = candidate.summary();
        nomination.expertId = candidate.expertId();
        nomination.stage = Stage.NOMINATION;
        nomination.status = NominationStatus.IN_PROGRESS;
        nomination.searchText = String.join(" ", nomination.candidateName, nomination.candidateEmployer,
                candidate.workTitle() == null ? "" : candidate.workTitle());
        nomination.nominatedBy = by;
        nomination.nominatedAt = now;
        nomination.updatedAt = now;
        nomination.outcomes = new HashSet<>();
        nomination.assignments = new HashSet<>();
        nomination.conflicts = new HashSet<>();
        return nomination;
    }

    /** ADMIN's outcome at the stage the nomination and its programme are in; once per stage. */
    void decide(Stage at, Stage programmeStage, boolean passed, String comment, String proposedClass, String by,
            Instant now) {
        requireInProgress();
        if (!at.decidedPerNomination()) {
            throw DomainException.conflict("Stage " + at + " has no outcome per nomination"
                    + (at == Stage.PUBLIC_NOTICE ? "; it ends with commendation once objections are answered." : "."));
        }
        if (at != stage || at != programmeStage) {
            throw DomainException.conflict("The nomination is at " + stage + " and its programme at " + programmeStage
                    + "; an outcome can be recorded only for the current stage, not " + at + ".");
        }
        if (outcome(at).isPresent()) {
            throw DomainException.conflict("The outcome at " + at + " is already recorded; outcomes are not changed.");
        }
        outcomes.add(new Outcome(at, passed, comment, proposedClass, by, now));
        if (!passed) {
            this.status = NominationStatus.NOT_PASSED;
        } else if (proposedClass != null) {
            this.awardClass = proposedClass;
        }
        this.updatedAt = now;
    }

    /** The programme moved on: a nomination still in the running that passed its stage moves with it. */
    boolean followProgramme(Stage next, Instant now) {
        if (status != NominationStatus.IN_PROGRESS || next != stage.next()) {
            return false;
        }
        if (stage.decidedPerNomination() && outcome(stage).filter(Outcome::passed).isEmpty()) {
            return false;
        }
        this.stage = next;
        this.updatedAt = now;
        return true;
    }

    void withdraw(Instant now) {
        requireInProgress();
        if (stage.after(Stage.COMPILATION)) {
            throw DomainException.conflict("A nomination can be withdrawn until material compilation; it is at "
                    + stage + ".");
        }
        this.status = NominationStatus.WITHDRAWN;
        this.updatedAt = now;
    }

    void assign(UUID reviewer, Assignment.How how, String by, Instant now) {
        if (isAssigned(reviewer)) {
            return;
        }
        assignments.add(new Assignment(reviewer, how, by, now));
        this.updatedAt = now;
    }

    void unassign(UUID reviewer, Instant now) {
        if (assignments.removeIf(a -> a.reviewerId().equals(reviewer))) {
            this.updatedAt = now;
        }
    }

    /** A declared conflict also ends any assignment of that reviewer here. */
    void declareConflict(UUID reviewer, String reason, String by, Instant now) {
        conflicts.removeIf(c -> c.reviewerId().equals(reviewer));
        conflicts.add(new DeclaredConflict(reviewer, reason, by, now));
        unassign(reviewer, now);
        this.updatedAt = now;
    }

    /** An objection upheld during the public notice takes the nomination out. */
    void failPublicNotice(String answer, String by, Instant now) {
        if (status != NominationStatus.IN_PROGRESS || stage != Stage.PUBLIC_NOTICE) {
            return;
        }
        outcomes.add(new Outcome(Stage.PUBLIC_NOTICE, false, answer, awardClass, by, now));
        this.status = NominationStatus.NOT_PASSED;
        this.updatedAt = now;
    }

    void commend(String by, Instant now) {
        outcomes.add(new Outcome(Stage.PUBLIC_NOTICE, true, null, awardClass, by, now));
        this.stage = Stage.COMMENDATION;
        this.status = NominationStatus.COMMENDED;
        this.updatedAt = now;
    }

    private void requireInProgress() {
        if (status != NominationStatus.IN_PROGRESS) {
            throw DomainException.conflict("The nomination is " + status + "; it has left the running.");
        }
    }

    public boolean isAssigned(UUID reviewer) {
        return assignments.stream().anyMatch(a -> a.reviewerId().equals(reviewer));
    }

    public Optional<Outcome> outcome(Stage at) {
        return outcomes.stream().filter(o -> o.stage() == at).findFirst();
    }

    public Optional<DeclaredConflict> declaredConflict(UUID reviewer) {
        return conflicts.stream().filter(c -> c.reviewerId().equals(reviewer)).findFirst();
    }

    public List<Outcome> outcomes() {
        return outcomes.stream().sorted(Comparator.comparing(Outcome::stage)).toList();
    }

    public List<Assignment> assignments() {
        return assignments.stream().sorted(Comparator.comparing(Assignment::assignedAt)).toList();
    }

    public List<DeclaredConflict> declaredConflicts() {
        return List.copyOf(conflicts);
    }

    public UUID getId() {
        return id;
    }

    public UUID getProgrammeId() {
        return programmeId;
    }

    public UUID getSocietyId() {
        return societyId;
    }

    public String getSocietyName() {
        return societyName;
    }

    public String getCandidateName() {
        return candidateName;
    }

    public String getCandidateEmployer() {
        return candidateEmployer;
    }

    public String getEmployerKey() {
        return employerKey;
    }

    public String getCandidateTitle() {
        return candidateTitle;
    }

    public String getWorkTitle() {
        return workTitle;
    }

    public Category getCategory() {
        return category;
    }

    public String getSummary() {
        return summary;
    }

    public UUID getExpertId() {
        return expertId;
    }

    public Stage getStage() {
        return stage;
    }

    public NominationStatus getStatus() {
        return status;
    }

    public String getAwardClass() {
        return awardClass;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public Instant getNominatedAt() {
        return nominatedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getVersion() {
        return version;
    }
}
