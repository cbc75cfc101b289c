package org.citycast.society.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.citycast.society.platform.AssociationTime;
import org.citycast.society.audit.AuditTrail;
import org.citycast.society.hostunit.HostUnitCatalogue;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's commands. Each checks who may act on which society, applies one lifecycle step
 * to {@link Society}, records it in the audit trail and publishes one event, all in one
 * transaction (the event goes out through the outbox after commit).
 */
@Service
public class RegistrationService {


    private final Societies societies;
    private final HostUnitCatalogue hostUnits;
    private final FoundingThresholds thresholds;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationService(Societies societies, HostUnitCatalogue hostUnits, FoundingThresholds thresholds,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.societies = societies;
        this.hostUnits = hostUnits;
        this.thresholds = thresholds;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Enters an already registered society directly on the register, in good standing. */
    @Transactional
    public Society enter(UUID id, SocietyProfile profile, String creditCode, LocalDate registeredOn) {
        checkNew(id, profile, creditCode);
        Instant now = clock.instant();
        Society society = societies.save(Society.enter(id, profile, creditCode, registeredOn, today(), now));
        audit.record(id, "ENTERED", null, SocietyDetails.of(society));
        events.publishEvent(new SocietyRegistered(UUID.randomUUID(), now, SocietySummary.of(society), null));
        return society;
    }

    /** Opens a founding application (申请成立); it becomes a society once civil affairs registers it. */
    @Transactional
    public Society applyToFound(UUID id, SocietyProfile profile) {
        checkNew(id, profile, null);
        Instant now = clock.instant();
        Society society = societies.save(Society.draft(id, profile, now));
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
        audit.record(id, "TRANSFER_REQUESTED", null, SocietyDetails.of(society));
        events.publishEvent(new SocietyStatusChanged(UUID.randomUUID(), now, SocietySummary.of(society), null, null));
        return society;
    }

    @Transactional
    public Society describe(UUID id, SocietyProfile profile, CurrentUser user) {
        user.requireWritable(id);
        checkProfile(id, profile);
        return change(id, "DESCRIBED", society -> society.describe(profile, clock.instant()),
                (society, before) -> new SocietyDetailsChanged(UUID.randomUUID(), clock.instant(),
                        SocietySummary.of(society)));
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
        return change(id, "REGISTERED_BY_CIVIL_AFFAIRS",
                society -> society.registered(creditCode, certificateDate, clock.instant()),
                (society, before) -> new SocietyRegistered(UUID.randomUUID(), clock.instant(),
                        SocietySummary.of(society), before.status()));
    }

    @Transactional
    public Society join(UUID id) {
        return change(id, "JOINED", society -> society.join(today(), clock.instant()),
                (society, before) -> new SocietyJoined(UUID.randomUUID(), clock.instant(), SocietySummary.of(society),
                        before.status(), society.getJoinedOn()));
    }

    @Transactional
    public Society changePartyOrganisation(UUID id, PartyOrganisation party, CurrentUser user) {
        user.requireWritable(id);
        return change(id, "PARTY_ORGANISATION_CHANGED", society -> society.changeParty(party, clock.instant()),
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
        Society society = change(id, "HEALTH_RATED", s -> s.rateHealth(tier, clock.instant()),
                (s, before) -> new SocietyDetailsChanged(UUID.randomUUID(), clock.instant(), SocietySummary.of(s)));
        events.publishEvent(new HealthTierRated(id, tier, reason, CurrentUser.get().username(), clock.instant()));
        return society;
    }

    /** The tier computed from the society's activity; nothing changes (no audit, no event) when it is already so. */
    @Transactional
    public Society applyComputedHealth(UUID id, HealthTier tier) {
        Society society = get(id);
        if (society.getHealthTier() == tier) {
            return society;
        }
        return change(id, "HEALTH_COMPUTED", s -> s.rateHealth(tier, clock.instant()),
                (s, before) -> new SocietyDetailsChanged(UUID.randomUUID(), clock.instant(), SocietySummary.of(s)));
    }

    /** Revokes membership (发函解除资格); called once ADMIN has confirmed the letter. */
    @Transactional
    public Society disqualify(UUID id, String reason) {
        return change(id, "DISQUALIFIED", society -> society.disqualify(reason, clock.instant()),
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
        return change(id, "DEREGISTERED", society -> society.deregistered(clock.instant()),
                (society, before) -> new SocietyDeregistered(UUID.randomUUID(), clock.instant(),
                        SocietySummary.of(society), before.status()));
    }

    /** A re-election (换届) elected new leaders. */
    @Transactional
    public Society replaceLeaders(UUID id, List<Leader> leaders) {
        return change(id, "LEADERS_ELECTED", society -> society.replaceLeaders(leaders, clock.instant()),
                (society, before) -> new SocietyDetailsChanged(UUID.randomUUID(), clock.instant(),
                        SocietySummary.of(society)));
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return societies.existsById(id);
    }

    /** For the caller's own reading: another society's record is reported missing, so ids cannot be probed. */
    @Transactional(readOnly = true)
    public Society find(UUID id, CurrentUser user) {
        if (!user.maySee(id)) {
            throw DomainException.notFound("Society", id);
        }
        return get(id);
    }

    /** For the service's own jobs and neighbours, which do their own checks. */
    @Transactional(readOnly = true)
    public Society get(UUID id) {
        return societies.findById(id).orElseThrow(() -> DomainException.notFound("Society", id));
    }

    @Transactional(readOnly = true)
    public List<Society> inStatus(SocietyStatus status) {
        return societies.findByStatus(status);
    }

    private Society statusChange(UUID id, String action, Consumer<Society> step) {
        return change(id, action, step, (society, before) -> new SocietyStatusChanged(UUID.randomUUID(),
                clock.instant(), SocietySummary.of(society), before.status(), society.getStatusReason()));
    }

    private Society change(UUID id, String action, Consumer<Society> step,
            BiFunction<Society, SocietyDetails, Object> event) {
        Society society = get(id);
        SocietyDetails before = SocietyDetails.of(society);
        step.accept(society);
        Society saved = societies.save(society);
        audit.record(id, action, before, SocietyDetails.of(saved));
        events.publishEvent(event.apply(saved, before));
        return saved;
    }

    private void checkNew(UUID id, SocietyProfile profile, String creditCode) {
        if (societies.existsById(id)) {
            throw DomainException.conflict("Society " + id + " already exists.");
        }
        checkProfile(id, profile);
        if (creditCode != null) {
            requireValidCreditCode(creditCode);
            if (societies.existsByCreditCode(creditCode)) {
                throw DomainException.conflict("Credit code " + creditCode + " belongs to another society.");
            }
        }
    }

    private void checkProfile(UUID id, SocietyProfile profile) {
        if (societies.existsByNameAndIdNot(profile.name().strip(), id)) {
            throw DomainException.invalid("name", "'" + profile.name() + "' is the name of another society");
        }
        if (profile.shortName() != null && !profile.shortName().isBlank()
                && societies.existsByShortNameAndIdNot(profile.shortName().strip(), id)) {
            throw DomainException.invalid("shortName", "'" + profile.shortName() + "' is the short name of another society");
        }
        if (!hostUnits.exists(profile.hostUnit())) {
            throw DomainException.invalid("hostUnit", "'" + profile.hostUnit()
                    + "' is not in the host unit catalogue; ADMIN can add it");
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
