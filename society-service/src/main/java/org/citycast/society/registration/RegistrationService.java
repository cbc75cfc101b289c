package org.citycast.society.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.citycast.society.audit.AuditTrail;
import org.citycast.society.hostunit.HostUnitCatalogue;
import org.citycast.society.platform.AssociationTime;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.citycast.society.platform.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's commands. Each checks who may act on which society, applies one lifecycle step
 * to {@link Society}, records it in the audit trail and the register's history and publishes one
 * event, all in one transaction (the event goes out through the outbox after commit).
 * <p>
 * The ways onto the register: an ADMIN's import of the register as it stood before the platform
 * (with a reason; the record says it was imported), a founding (application, pre-approval once the
 * thresholds are met and the party organisation is set up, civil affairs' registration), or a
 * transfer from another bureau (joins through the party-building gate). Nothing else makes a
 * society a member.
 */
@Service
@NamedInterface("lifecycle")
public class RegistrationService {

    private final Societies societies;
    private final SocietyHistory history;
    private final HostUnitCatalogue hostUnits;
    private final FoundingThresholds thresholds;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationService(Societies societies, SocietyHistory history, HostUnitCatalogue hostUnits,
            FoundingThresholds thresholds, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.societies = societies;
        this.history = history;
        this.hostUnits = hostUnits;
        this.thresholds = thresholds;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Imports a society of the register as it stood before the platform: already a member, so it
     * is active at once. Only ADMIN imports, and always says why; the record is marked imported.
     */
    @Transactional
    public Society importExisting(UUID id, SocietyProfile profile, ImportedFacts facts) {
        // no lookup of the id first: callers pass a new random one, and a taken id still fails the
        // insert (409); the lookup was 7 % of a registration's CPU (issue 13's profile)
        List<FieldProblem> problems = problemsOfImport(id, profile, facts);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems.size() == 1 ? problems.get(0).field() + ": "
                    + problems.get(0).message() : problems.size() + " problems", problems);
        }
        Instant now = clock.instant();
        Society society = societies.save(Society.imported(id, profile, facts, today(), now));
        history.record(society, null, now);
        audit.record(id, "IMPORTED", null, SocietyDetails.of(society), facts.reason().strip());
        events.publishEvent(new SocietyRegistered(UUID.randomUUID(), now, SocietySummary.of(society), null));
        return society;
    }

    /**
     * What the register's rules say against importing this society, field by field: the reason,
     * a name or short name already taken, a host unit not in the catalogue, a wrong or taken
     * credit code, a date in the future. The same rules serve the API and the sheet import.
     */
    @Transactional(readOnly = true)
    public List<FieldProblem> problemsOfImport(UUID id, SocietyProfile profile, ImportedFacts facts) {
        List<FieldProblem> problems = new ArrayList<>();
        if (facts.reason() == null || facts.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "is required: say why this society is imported rather than "
                    + "founded or transferred (e.g. the register it comes from)"));
        }
        problems.addAll(problemsOfProfile(id, profile));
        if (facts.creditCode() != null) {
            CreditCode.check(facts.creditCode()).error()
                    .ifPresent(error -> problems.add(new FieldProblem("creditCode", error)));
            if (societies.existsByCreditCode(facts.creditCode())) {
                problems.add(new FieldProblem("creditCode", facts.creditCode() + " belongs to another society"));
            }
        }
        LocalDate today = today();
        notAfter(today, "registeredOn", facts.registeredOn(), problems);
        notAfter(today, "joinedOn", facts.joinedOn(), problems);
        notAfter(today, "foundedOn", profile.foundedOn(), problems);
        if (facts.party() != null) {
            notAfter(today, "partyOrganisation.establishedOn", facts.party().establishedOn(), problems);
        }
        return problems;
    }

    /** Opens a founding application (申请成立); it becomes a society once civil affairs registers it. */
    @Transactional
    public Society applyToFound(UUID id, SocietyProfile profile) {
        checkNew(id, profile, null);
        Instant now = clock.instant();
        Society society = societies.save(Society.draft(id, profile, now));
        history.record(society, null, now);
        audit.record(id, "FOUNDING_APPLIED", null, SocietyDetails.of(society));
        events.publishEvent(new SocietyStatusChanged(UUID.randomUUID(), now, SocietySummary.of(society), null, null));
        return society;
    }

    /** Records a society registered under another bureau that asks to transfer to the association. */
    @Transactional
    public Society transferIn(UUID id, SocietyProfile profile, String creditCode, LocalDate registeredOn,
            PartyOrganisation party) {
        checkNew(id, profile, creditCode);
        Instant now = clock.instant();
        Society society = societies.save(Society.transferring(id, profile, creditCode, registeredOn, party, now));
        history.record(society, null, now);
        audit.record(id, "TRANSFER_REQUESTED", null, SocietyDetails.of(society));
        events.publishEvent(new SocietyStatusChanged(UUID.randomUUID(), now, SocietySummary.of(society), null, null));
        return society;
    }

    /** The secretariat's own part of the record; refused once the record is closed. */
    @Transactional
    public Society editSecretariat(UUID id, SecretariatDetails details, CurrentUser user) {
        user.requireWritable(id);
        return detailsChange(id, "SECRETARIAT_EDITED", null, society -> society.editSecretariat(details, clock.instant()));
    }

    /** The whole founding application, while it is a draft. */
    @Transactional
    public Society editApplication(UUID id, SocietyProfile profile, CurrentUser user) {
        user.requireWritable(id);
        requireValid(problemsOfProfile(id, profile));
        return detailsChange(id, "FOUNDING_APPLICATION_EDITED", null,
                society -> society.editApplication(profile, clock.instant()));
    }

    /**
     * ADMIN's correction of the registered details (name, host unit, category, term length,
     * members, assets ...), at any status and always with a reason: the one change a closed
     * record accepts.
     */
    @Transactional
    public Society correct(UUID id, SocietyProfile profile, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "is required: say why the record is corrected");
        }
        requireValid(problemsOfProfile(id, profile));
        return detailsChange(id, "CORRECTED", reason.strip(), society -> society.correct(profile, clock.instant()));
    }

    @Transactional
    public Society submit(UUID id, CurrentUser user) {
        user.requireWritable(id);
        return statusChange(id, "FOUNDING_SUBMITTED", society -> society.submit(clock.instant()));
    }

    @Transactional
    public Society returnToDraft(UUID id, String reason) {
        return statusChange(id, "FOUNDING_RETURNED", society -> society.returnToDraft(reason, clock.instant()));
    }

    @Transactional
    public Society preApprove(UUID id) {
        return statusChange(id, "FOUNDING_PRE_APPROVED", society -> society.preApprove(thresholds, clock.instant()));
    }

    /** Civil affairs' registration result: the credit code and certificate date make the society active. */
    @Transactional
    public Society recordRegistration(UUID id, String creditCode, LocalDate certificateDate) {
        requireValidCreditCode(creditCode);
        return change(id, "REGISTERED_BY_CIVIL_AFFAIRS", null,
                society -> society.registered(creditCode, certificateDate, clock.instant()),
                (society, before) -> new SocietyRegistered(UUID.randomUUID(), clock.instant(),
                        SocietySummary.of(society), before.status()));
    }

    @Transactional
    public Society join(UUID id) {
        return change(id, "JOINED", null, society -> society.join(today(), clock.instant()),
                (society, before) -> new SocietyJoined(UUID.randomUUID(), clock.instant(), SocietySummary.of(society),
                        before.status(), society.getJoinedOn()));
    }

    @Transactional
    public Society changePartyOrganisation(UUID id, PartyOrganisation party, CurrentUser user) {
        user.requireWritable(id);
        return change(id, "PARTY_ORGANISATION_CHANGED", null, society -> society.changeParty(party, clock.instant()),
                (society, before) -> new PartyOrganisationChanged(UUID.randomUUID(), clock.instant(),
                        SocietySummary.of(society), society.getParty()));
    }

    @Transactional
    public Society rateHealth(UUID id, HealthTier tier) {
        return rateHealth(id, tier, null);
    }

    /** ADMIN's rating by hand, with the reason; it stands over the tier computed from activity (see {@code activity}). */
    @Transactional
    public Society rateHealth(UUID id, HealthTier tier, String reason) {
        Society society = detailsChange(id, "HEALTH_RATED", reason, s -> s.rateHealth(tier, clock.instant()));
        events.publishEvent(new HealthTierRated(id, tier, reason, CurrentUser.get().username(), clock.instant()));
        return society;
    }

    /** The tier computed from the society's activity; nothing changes (no audit, no event) when it is already so. */
    @Transactional
    public Society applyComputedHealth(UUID id, HealthTier tier) {
        Society society = societies.findById(id).orElseThrow(() -> DomainException.notFound("Society", id));
        if (society.getHealthTier() == tier) {
            return society;
        }
        return detailsChange(id, "HEALTH_COMPUTED", null, s -> s.rateHealth(tier, clock.instant()));
    }

    /** Revokes membership (发函解除资格); called once ADMIN has confirmed the letter. */
    @Transactional
    public Society disqualify(UUID id, String reason) {
        return change(id, "DISQUALIFIED", null, society -> society.disqualify(reason, clock.instant()),
                (society, before) -> new SocietyDisqualified(UUID.randomUUID(), clock.instant(),
                        SocietySummary.of(society), before.status(), reason));
    }

    @Transactional
    public Society resolveToDissolve(UUID id, String reason, CurrentUser user) {
        user.requireWritable(id);
        return statusChange(id, "DISSOLUTION_RESOLVED", society -> society.resolveToDissolve(reason, clock.instant()));
    }

    @Transactional
    public Society recordLiquidation(UUID id) {
        return statusChange(id, "LIQUIDATED", society -> society.liquidated(clock.instant()));
    }

    @Transactional
    public Society consentToDeregistration(UUID id) {
        return statusChange(id, "DEREGISTRATION_CONSENTED", society -> society.consentToDeregistration(clock.instant()));
    }

    /** Civil affairs confirmed the deregistration. */
    @Transactional
    public Society recordDeregistration(UUID id) {
        return change(id, "DEREGISTERED", null, society -> society.deregistered(clock.instant()),
                (society, before) -> new SocietyDeregistered(UUID.randomUUID(), clock.instant(),
                        SocietySummary.of(society), before.status()));
    }

    /** A term's election result seated these leaders; the term module is the only caller. */
    @Transactional
    public Society seatLeaders(UUID id, List<Leader> leaders) {
        return detailsChange(id, "LEADERS_ELECTED", null, society -> society.replaceLeaders(leaders, clock.instant()));
    }

    private Society statusChange(UUID id, String action, Consumer<Society> step) {
        return change(id, action, null, step, (society, before) -> new SocietyStatusChanged(UUID.randomUUID(),
                clock.instant(), SocietySummary.of(society), before.status(), society.getStatusReason()));
    }

    private Society detailsChange(UUID id, String action, String reason, Consumer<Society> step) {
        return change(id, action, reason, step, (society, before) -> new SocietyDetailsChanged(UUID.randomUUID(),
                clock.instant(), SocietySummary.of(society)));
    }

    private Society change(UUID id, String action, String reason, Consumer<Society> step,
            BiFunction<Society, SocietyDetails, Object> event) {
        Society society = societies.findById(id).orElseThrow(() -> DomainException.notFound("Society", id));
        SocietyDetails before = SocietyDetails.of(society);
        step.accept(society);
        Society saved = societies.save(society);
        history.record(saved, before.status(), clock.instant());
        audit.record(id, action, before, SocietyDetails.of(saved), reason);
        events.publishEvent(event.apply(saved, before));
        return saved;
    }

    private void checkNew(UUID id, SocietyProfile profile, String creditCode) {
        if (societies.existsById(id)) {
            throw DomainException.conflict("Society " + id + " already exists.");
        }
        requireValid(problemsOfProfile(id, profile));
        if (creditCode != null) {
            requireValidCreditCode(creditCode);
            if (societies.existsByCreditCode(creditCode)) {
                throw DomainException.conflict("Credit code " + creditCode + " belongs to another society.");
            }
        }
    }

    private List<FieldProblem> problemsOfProfile(UUID id, SocietyProfile profile) {
        List<FieldProblem> problems = new ArrayList<>();
        if (profile.name() != null && societies.existsByNameAndIdNot(profile.name().strip(), id)) {
            problems.add(new FieldProblem("name", "'" + profile.name() + "' is the name of another society"));
        }
        if (profile.shortName() != null && !profile.shortName().isBlank()
                && societies.existsByShortNameAndIdNot(profile.shortName().strip(), id)) {
            problems.add(new FieldProblem("shortName", "'" + profile.shortName()
                    + "' is the short name of another society"));
        }
        if (profile.hostUnit() != null && !hostUnits.exists(profile.hostUnit())) {
            problems.add(new FieldProblem("hostUnit", "'" + profile.hostUnit()
                    + "' is not in the host unit catalogue; ADMIN can add it"));
        }
        return problems;
    }

    private static void requireValid(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems.get(0).field() + ": " + problems.get(0).message(), problems);
        }
    }

    private static void notAfter(LocalDate today, String field, LocalDate date, List<FieldProblem> problems) {
        if (date != null && date.isAfter(today)) {
            problems.add(new FieldProblem(field, "must not be in the future"));
        }
    }

    private static void requireValidCreditCode(String creditCode) {
        CreditCode.check(creditCode).error().ifPresent(error -> {
            throw DomainException.invalid("creditCode", error);
        });
    }

    private LocalDate today() {
        return AssociationTime.today(clock);
    }
}
