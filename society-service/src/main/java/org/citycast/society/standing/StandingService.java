package org.citycast.society.standing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycast.society.platform.AssociationTime;
import org.citycast.society.audit.AuditTrail;
import org.citycast.society.inspection.InspectionService;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.citycast.society.registration.RegistrationService;
import org.citycast.society.registration.Society;
import org.citycast.society.registration.SocietyRegister;
import org.citycast.society.registration.SocietyStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class StandingService {

    private final DisqualificationCases cases;
    private final RegistrationService registration;
    private final SocietyRegister register;
    private final InspectionService inspections;
    private final AuditTrail audit;
    private final Clock clock;

    StandingService(DisqualificationCases cases, RegistrationService registration, SocietyRegister register,
            InspectionService inspections, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.registration = registration;
        this.register = register;
        this.inspections = inspections;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a drafted case for every active society that falls under the rule, has none open and
     * was not already cleared on the same grounds.
     */
    @Transactional
    public List<DisqualificationCase> evaluate() {
        List<DisqualificationCase> opened = new ArrayList<>();
        for (Society society : register.inStatus(SocietyStatus.ACTIVE)) {
            DisqualificationCase latest = cases.findFirstBySocietyIdOrderByCreatedAtDesc(society.getId()).orElse(null);
            StandingRules.groundsForNewCase(inspections.inspectedYears(society.getId()), society.getHealthTier(), latest)
                    .ifPresent(grounds -> {
                        DisqualificationCase drafted = cases.save(DisqualificationCase.draft(society.getId(),
                                society.getName(), society.getCreditCode(), grounds, today(), clock.instant()));
                        audit.record(society.getId(), "DISQUALIFICATION_DRAFTED", null, CaseView.of(drafted));
                        opened.add(drafted);
                    });
        }
        return opened;
    }

    /**
     * ADMIN confirms the letter: the society is disqualified (and {@code SocietyDisqualified} goes
     * out). The grounds are checked again first: a letter whose grounds no longer hold (the society
     * has filed since, or is active again) is refused and waits for ADMIN to dismiss it.
     */
    @Transactional
    DisqualificationCase confirm(UUID caseId, String note) {
        DisqualificationCase drafted = get(caseId);
        if (drafted.getStatus() == CaseStatus.DRAFTED) {
            Society society = register.get(drafted.getSocietyId());
            List<String> gone = StandingRules.groundsNoLongerHolding(drafted.getGrounds(),
                    inspections.inspectedYears(society.getId()), society.getHealthTier());
            if (!gone.isEmpty()) {
                throw DomainException.conflict("The letter's grounds no longer hold (" + String.join("；", gone)
                        + "); dismiss this case, and the evaluation drafts a new letter if other grounds arise.");
            }
        }
        DisqualificationCase letterCase = decide(caseId, true, note);
        registration.disqualify(letterCase.getSocietyId(), letterCase.getGrounds());
        return letterCase;
    }

    @Transactional
    DisqualificationCase dismiss(UUID caseId, String reason) {
        return decide(caseId, false, reason);
    }

    /** The grounds of the society's open case (a letter drafted, not yet decided), if it has one. */
    @Transactional(readOnly = true)
    public Optional<String> openCaseGrounds(UUID societyId) {
        return cases.findFirstBySocietyIdOrderByCreatedAtDesc(societyId)
                .filter(latest -> latest.getStatus() == CaseStatus.DRAFTED)
                .map(DisqualificationCase::getGrounds);
    }

    @Transactional(readOnly = true)
    List<DisqualificationCase> list(CaseStatus status) {
        return status == null ? cases.findAllByOrderByCreatedAtDesc() : cases.findByStatusOrderByCreatedAtDesc(status);
    }

    @Transactional(readOnly = true)
    DisqualificationCase get(UUID caseId) {
        return cases.findById(caseId).orElseThrow(() -> DomainException.notFound("Disqualification case", caseId));
    }

    private DisqualificationCase decide(UUID caseId, boolean confirmed, String note) {
        DisqualificationCase letterCase = get(caseId);
        CaseView before = CaseView.of(letterCase);
        letterCase.decide(confirmed, CurrentUser.get().username(), note, clock.instant());
        DisqualificationCase saved = cases.save(letterCase);
        audit.record(saved.getSocietyId(), confirmed ? "DISQUALIFICATION_CONFIRMED" : "DISQUALIFICATION_DISMISSED",
                before, CaseView.of(saved));
        return saved;
    }

    private LocalDate today() {
        return AssociationTime.today(clock);
    }
}
