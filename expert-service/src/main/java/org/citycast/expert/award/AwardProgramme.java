package org.citycast.expert.award;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citycast.expert.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One award's year: its classes with quotas, the review rubric, the stage plan, and the stage it
 * is in. The stage only moves to the next one.
 */
@Table("award_programme")
public class AwardProgramme {

    @Id
    private UUID id;
    private int year;
    private AwardKind kind;
    private String name;
    private Stage stage;
    private int reviewersPerNomination;
    private String noticePeriod;
    private LocalDate commendedOn;
    @MappedCollection(idColumn = "programme_id", keyColumn = "position_index")
    private List<AwardClass> classes;
    @MappedCollection(idColumn = "programme_id", keyColumn = "position_index")
    private List<Criterion> rubric;
    @MappedCollection(idColumn = "programme_id")
    private Set<StagePlan> stages;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    AwardProgramme() {
    }

    static AwardProgramme create(UUID id, int year, AwardKind kind, String name, List<AwardClass> classes,
            List<Criterion> rubric, int reviewersPerNomination, Duration noticePeriod, Map<Stage, StagePlan> plan,
            Instant now) {
        AwardProgramme programme = new AwardProgramme();
        programme.id = id;
        programme.year = year;
        programme.kind = kind;
        programme.name = name.strip();
        programme.stage = Stage.NOMINATION;
        programme.reviewersPerNomination = reviewersPerNomination;
        programme.noticePeriod = noticePeriod.toString();
        programme.classes = new ArrayList<>(classes);
        programme.rubric = new ArrayList<>(rubric);
        programme.stages = new HashSet<>();
        for (Stage stage : Stage.values()) {
            StagePlan planned = plan.get(stage);
            programme.stages.add(new StagePlan(stage, planned == null ? null : planned.owner(),
                    planned == null ? null : planned.deadline(), stage == Stage.NOMINATION ? now : null, null));
        }
        programme.createdAt = now;
        programme.updatedAt = now;
        return programme;
    }

    /** Moves to {@code next}, which must be the stage after the current one. */
    void advanceTo(Stage next, Instant now) {
        requireNext(next);
        replacePlan(stage, plan(stage).closed(now));
        replacePlan(next, plan(next).opened(now));
        this.stage = next;
        this.updatedAt = now;
    }

    /** Stages run forward, one at a time. */
    void requireNext(Stage next) {
        if (next != stage.next()) {
            throw DomainException.conflict("The programme is at " + stage + " (" + stage.label() + "); "
                    + (stage.next() == null ? "it has ended" : "the next stage is " + stage.next())
                    + ", it cannot move to " + next + ".");
        }
    }

    void commended(LocalDate on, Instant now) {
        advanceTo(Stage.COMMENDATION, now);
        this.commendedOn = on;
    }

    /** The scores of one reviewer stay hidden from the others until expert review is over. */
    public boolean reviewClosed() {
        return stage.after(Stage.EXPERT_REVIEW);
    }

    public Optional<AwardClass> awardClass(String code) {
        return classes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public String className(String code) {
        return awardClass(code).map(AwardClass::name).orElse(null);
    }

    public StagePlan plan(Stage stage) {
        return stages.stream().filter(p -> p.stage() == stage).findFirst()
                .orElse(new StagePlan(stage, null, null, null, null));
    }

    private void replacePlan(Stage stage, StagePlan plan) {
        stages.removeIf(p -> p.stage() == stage);
        stages.add(plan);
    }

    public UUID getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public AwardKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public Stage getStage() {
        return stage;
    }

    public int getReviewersPerNomination() {
        return reviewersPerNomination;
    }

    public Duration noticePeriod() {
        return Duration.parse(noticePeriod);
    }

    public LocalDate getCommendedOn() {
        return commendedOn;
    }

    public List<AwardClass> getClasses() {
        return List.copyOf(classes);
    }

    public List<Criterion> getRubric() {
        return List.copyOf(rubric);
    }

    public List<StagePlan> stagePlans() {
        return stages.stream().sorted(Comparator.comparing(StagePlan::stage)).toList();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getVersion() {
        return version;
    }
}
