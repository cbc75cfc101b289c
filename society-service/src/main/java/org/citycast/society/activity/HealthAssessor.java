package org.citycast.society.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycast.society.platform.AssociationTime;
import org.citycast.society.registration.HealthTier;
import org.citycast.society.registration.HealthTierRated;
import org.citycast.society.registration.RegistrationService;
import org.citycast.society.registration.Society;
import org.citycast.society.registration.SocietyRegister;
import org.citycast.society.registration.SocietyStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a society's tier from its facts and applies it to the register, unless ADMIN's rating
 * by hand still stands: an override holds while the computed tier is the one it overrode, and ends
 * (the computed tier applies) once the society's activity says something new.
 */
@Service
class HealthAssessor {

    private static final Logger log = LoggerFactory.getLogger(HealthAssessor.class);

    private final ActivityFacts facts;
    private final SocietyRegister register;
    private final RegistrationService registration;
    private final ActivitySettings settings;
    private final Clock clock;

    HealthAssessor(ActivityFacts facts, SocietyRegister register, RegistrationService registration,
            ActivitySettings settings, Clock clock) {
        this.facts = facts;
        this.register = register;
        this.registration = registration;
        this.settings = settings;
        this.clock = clock;
    }

    /** The start of the window: the same day {@code windowMonths} ago, at midnight in Asia/Shanghai. */
    Instant windowStart() {
        return AssociationTime.today(clock).minusMonths(settings.windowMonths()).atStartOfDay(AssociationTime.ZONE)
                .toInstant();
    }

    @Transactional
    void assess(Collection<UUID> societies) {
        societies.forEach(this::assess);
    }

    /** Every society event-service has reported on: events age out of the window day by day. */
    @Transactional
    int assessAll() {
        List<UUID> societies = facts.societies();
        societies.forEach(this::assess);
        return societies.size();
    }

    private void assess(UUID societyId) {
        if (!register.exists(societyId)) {
            log.debug("Activity of society {} is not on the register; kept for when it is", societyId);
            return;
        }
        Society society = register.get(societyId);
        if (society.getStatus() != SocietyStatus.ACTIVE) {
            return;
        }
        Instant now = clock.instant();
        Instant from = windowStart();
        int held = facts.held(societyId, from, now).size();
        int signs = facts.signsOfLife(societyId, from, now);
        HealthTier computed = HealthRule.tier(held, signs, settings.soundActiveFrom());
        facts.saveAssessment(new ActivityFacts.Assessment(societyId, computed, held, signs, now));
        Optional<ActivityFacts.Override> override = facts.override(societyId);
        if (override.isPresent() && override.get().computedTierThen() == computed) {
            return;
        }
        override.ifPresent(o -> facts.endOverride(societyId));
        registration.applyComputedHealth(societyId, computed);
    }

    /** ADMIN rated the tier by hand: remember it, and what the rule said then. */
    @EventListener
    void onRatedByHand(HealthTierRated rated) {
        facts.saveOverride(new ActivityFacts.Override(rated.societyId(), rated.tier(), rated.reason(),
                rated.ratedBy(), rated.ratedAt(), facts.assessment(rated.societyId())
                .map(ActivityFacts.Assessment::computedTier).orElse(null)));
    }
}
