package org.citycast.society.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycast.society.audit.AuditTrail;
import org.citycast.society.platform.AssociationTime;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.citycast.society.registration.Society;
import org.citycast.society.registration.SocietyDeregistered;
import org.citycast.society.registration.SocietyDisqualified;
import org.citycast.society.registration.SocietyRegister;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grades once awarded: a certificate number and validity, lowering and revocation by ADMIN with a
 * reason, and the lapse when the validity ends (the nightly check) or the society leaves the
 * register (the register's own domain events).
 */
@Service
public class GradeService {

    private final Grades grades;
    private final SocietyRegister register;
    private final EvaluationSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GradeService(Grades grades, SocietyRegister register, EvaluationSettings settings, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.grades = grades;
        this.register = register;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Awards the proposed grade of a confirmed application; a grade still in force is superseded. */
    @Transactional
    Grade award(EvaluationApplication application, int roundYear) {
        LocalDate today = today();
        grades.findBySocietyIdAndStatus(application.getSocietyId(), GradeStatus.IN_FORCE).ifPresent(previous ->
                lapse(previous, LapseCause.SUPERSEDED, "replaced by the grade of the " + roundYear + " round"));
        String number = roundYear + "-" + String.format("%04d", grades.nextCertificateNumber());
        Grade grade = grades.save(Grade.award(application, application.getProposedLevel(), today,
                EvaluationRules.validUntil(today, settings.validity()), number, clock.instant()));
        audit.record(grade.getSocietyId(), "GRADE_AWARDED", null, GradeView.of(grade));
        events.publishEvent(new SocietyGraded(UUID.randomUUID(), clock.instant(), grade.getSocietyId(),
                grade.getSocietyName(), grade.getId(), grade.getRoundId(), roundYear, grade.getLevel(),
                grade.getScore(), grade.getAwardedOn(), grade.getValidUntil(), grade.getCertificateNumber()));
        return grade;
    }

    /**
     * A grade from the association's records before the platform, entered as it was awarded (the
     * demo's grades come this way); audited and announced like one confirmed on the platform.
     */
    @Transactional
    public Grade recordPastGrade(UUID societyId, GradeLevel level, BigDecimal score, LocalDate awardedOn) {
        if (awardedOn.isAfter(today())) {
            throw DomainException.invalid("awardedOn", "must not be in the future");
        }
        Society society = register.get(societyId);
        if (grades.findBySocietyIdAndStatus(societyId, GradeStatus.IN_FORCE).isPresent()) {
            throw DomainException.conflict(society.getName() + " has a grade in force already.");
        }
        String number = awardedOn.getYear() + "-" + String.format("%04d", grades.nextCertificateNumber());
        Grade grade = grades.save(Grade.recorded(societyId, society.getName(), level, score, awardedOn,
                EvaluationRules.validUntil(awardedOn, settings.validity()), number, clock.instant()));
        audit.record(societyId, "GRADE_RECORDED", null, GradeView.of(grade));
        events.publishEvent(new SocietyGraded(UUID.randomUUID(), clock.instant(), societyId, grade.getSocietyName(),
                grade.getId(), null, awardedOn.getYear(), level, score, awardedOn, grade.getValidUntil(), number));
        return grade;
    }

    @Transactional
    public Grade lower(UUID gradeId, GradeLevel to, String reason) {
        Grade grade = get(gradeId);
        GradeView before = GradeView.of(grade);
        GradeLevel previous = grade.getLevel();
        grade.lower(to, reason, today());
        Grade saved = grades.save(grade);
        audit.record(saved.getSocietyId(), "GRADE_LOWERED", before, GradeView.of(saved), reason);
        events.publishEvent(new GradeLowered(UUID.randomUUID(), clock.instant(), saved.getSocietyId(),
                saved.getSocietyName(), saved.getId(), saved.getLevel(), previous, reason, saved.getLoweredOn(),
                saved.getValidUntil()));
        return saved;
    }

    @Transactional
    public Grade revoke(UUID gradeId, String reason) {
        return lapse(get(gradeId), LapseCause.REVOKED, reason);
    }

    /** The nightly check: every grade past its validity lapses. Answers how many. */
    @Transactional
    public int expire() {
        LocalDate today = today();
        List<Grade> expired = grades.findByStatus(GradeStatus.IN_FORCE).stream().filter(g -> g.expiredBy(today)).toList();
        expired.forEach(grade -> lapse(grade, LapseCause.EXPIRED, "valid until " + grade.getValidUntil()));
        return expired.size();
    }

    @ApplicationModuleListener(id = "evaluation.lapse-disqualified")
    void onDisqualified(SocietyDisqualified event) {
        grades.findBySocietyIdAndStatus(event.society().id(), GradeStatus.IN_FORCE)
                .ifPresent(grade -> lapse(grade, LapseCause.DISQUALIFIED, event.reason()));
    }

    @ApplicationModuleListener(id = "evaluation.lapse-deregistered")
    void onDeregistered(SocietyDeregistered event) {
        grades.findBySocietyIdAndStatus(event.society().id(), GradeStatus.IN_FORCE)
                .ifPresent(grade -> lapse(grade, LapseCause.DEREGISTERED, "deregistered by civil affairs"));
    }

    @Transactional(readOnly = true)
    public List<Grade> ofSociety(UUID societyId) {
        return grades.findBySocietyIdOrderByAwardedOnDesc(societyId);
    }

    /** A grade for its society's secretary or ADMIN; anyone else is told there is none. */
    @Transactional(readOnly = true)
    Grade visible(UUID gradeId, CurrentUser user) {
        Grade grade = get(gradeId);
        if (!user.maySee(grade.getSocietyId())) {
            throw DomainException.notFound("Grade", gradeId);
        }
        return grade;
    }

    private Grade lapse(Grade grade, LapseCause cause, String reason) {
        GradeView before = GradeView.of(grade);
        grade.lapse(cause, reason, today());
        Grade saved = grades.save(grade);
        audit.record(saved.getSocietyId(), "GRADE_LAPSED", before, GradeView.of(saved), reason);
        events.publishEvent(new GradeLapsed(UUID.randomUUID(), clock.instant(), saved.getSocietyId(),
                saved.getSocietyName(), saved.getId(), saved.getLevel(), cause, reason, saved.getLapsedOn()));
        return saved;
    }

    private Grade get(UUID gradeId) {
        return grades.findById(gradeId).orElseThrow(() -> DomainException.notFound("Grade", gradeId));
    }

    private LocalDate today() {
        return AssociationTime.today(clock);
    }
}
