package org.citycast.society.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycast.society.platform.CurrentUser;
import org.citycast.society.registration.HealthTier;
import org.citycast.society.registration.SocietyRegister;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A society's activity and how its health tier follows from it; the re-assessment on demand. */
@RestController
class ActivityController {

    private final ActivityFacts facts;
    private final HealthAssessor assessor;
    private final SocietyRegister register;
    private final ActivitySettings settings;
    private final Clock clock;

    ActivityController(ActivityFacts facts, HealthAssessor assessor, SocietyRegister register,
            ActivitySettings settings, Clock clock) {
        this.facts = facts;
        this.assessor = assessor;
        this.register = register;
        this.settings = settings;
        this.clock = clock;
    }

    record ActivityView(UUID societyId, Instant windowFrom, String rule, HealthTier healthTier,
            ActivityFacts.Assessment assessment, ActivityFacts.Override override,
            List<ActivityFacts.HeldEvent> held) {
    }

    /** ADMIN, or the society's own secretariat; anyone else is told there is no such society (404). */
    @GetMapping("/api/societies/{id}/activity")
    ActivityView activity(@PathVariable UUID id) {
        HealthTier tier = register.find(id, CurrentUser.get()).getHealthTier();
        Instant from = assessor.windowStart();
        return new ActivityView(id, from, HealthRule.describe(settings.soundActiveFrom(), settings.windowMonths()),
                tier, facts.assessment(id).orElse(null), facts.override(id).orElse(null),
                facts.held(id, from, clock.instant()));
    }

    /** Runs the daily re-assessment now. */
    @PostMapping("/api/societies/activity/assessments")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Integer> assessNow() {
        return Map.of("assessed", assessor.assessAll());
    }
}
