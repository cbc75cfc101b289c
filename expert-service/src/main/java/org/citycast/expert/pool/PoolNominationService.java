package org.citycast.expert.pool;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycast.expert.platform.AssociationTime;
import org.citycast.expert.platform.CurrentUser;
import org.citycast.expert.platform.DomainException;
import org.citycast.expert.platform.FieldProblem;
import org.citycast.expert.privacy.PersonalData;
import org.citycast.expert.society.KnownSocieties;
import org.citycast.expert.society.KnownSociety;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nomination to a pool: a secretary for their own society (ADMIN for any), the committee's votes,
 * ADMIN's decision under the pool's admission rules, withdrawal. The nominating society must be in
 * good standing as far as this service has heard from society-service.
 */
@Service
public class PoolNominationService {

    private final PoolNominations nominations;
    private final ExpertService experts;
    private final ExpertViews views;
    private final KnownSocieties societies;
    private final PersonalData personal;
    private final Pools pools;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PoolNominationService(PoolNominations nominations, ExpertService experts, ExpertViews views,
            KnownSocieties societies, PersonalData personal, Pools pools, ApplicationEventPublisher events,
            Clock clock) {
        this.nominations = nominations;
        this.experts = experts;
        this.views = views;
        this.societies = societies;
        this.personal = personal;
        this.pools = pools;
        this.events = events;
        this.clock = clock;
    }

    /** A nomination of a new expert ({@code profile}) or of one on file ({@code expertId}). */
    public record NominationRequest(String pool, UUID societyId, UUID expertId, ExpertProfile expert, String note) {
    }

    @Transactional
    public PoolNominationView nominate(NominationRequest request, CurrentUser user) {
        UUID society = nominatingSociety(request.societyId(), user);
        PoolRule rule = pools.rule(request.pool());
        Instant now = clock.instant();
        Expert expert;
        if (request.expertId() != null) {
            expert = experts.visible(request.expertId(), user);
        } else if (request.expert() != null) {
            ExpertProfile profile = request.expert().withSociety(society);
            experts.checkProfile(null, profile, "expert.");
            requireAdmissible(rule, profile.titleLevel(), profile.category(), "expert.");
            expert = experts.save(Expert.create(UUID.randomUUID(), profile, personal, now));
        } else {
            throw DomainException.invalid("expert", "give the expert's profile, or expertId for an expert on file");
        }
        requireAdmissible(rule, expert.getTitleLevel(), expert.getCategory(), "expert.");
        if (expert.activeMembership(request.pool()).isPresent()) {
            throw DomainException.conflict(expert.getName() + " is already in " + rule.name() + ".");
        }
        if (nominations.findByExpertIdOrderByNominatedAt(expert.getId()).stream()
                .anyMatch(n -> n.getStatus() == PoolNomination.Status.PENDING && n.getPool().equals(request.pool()))) {
            throw DomainException.conflict(expert.getName() + " is already nominated to " + rule.name()
                    + " and awaits the committee.");
        }
        PoolNomination nomination = nominations.save(PoolNomination.open(UUID.randomUUID(), expert.getId(),
                request.pool(), society, request.note(), user.username(), now));
        return view(nomination, expert, user);
    }

    @Transactional
    public PoolNominationView vote(UUID id, boolean approve, String comment, CurrentUser user) {
        UUID reviewer = user.expertId().orElseThrow(() -> DomainException.forbidden(
                "Your account is not linked to an expert record (expert_id), so it cannot vote."));
        PoolNomination nomination = get(id);
        Expert reviewerRecord = experts.get(reviewer);
        nomination.vote(reviewer, reviewerRecord.getName(), approve, comment, clock.instant());
        return view(nominations.save(nomination), user);
    }

    /** ADMIN's decision; admitting checks the pool's rules again against the profile as it stands. */
    @Transactional
    public PoolNominationView decide(UUID id, boolean admit, String reason, CurrentUser user) {
        PoolNomination nomination = get(id);
        if (!admit && (reason == null || reason.isBlank())) {
            throw DomainException.invalid("reason", "is required to reject a nomination");
        }
        PoolRule rule = pools.rule(nomination.getPool());
        Expert expert = experts.get(nomination.getExpertId());
        Instant now = clock.instant();
        nomination.decide(admit, reason, rule.minimumVotes(), user.username(), now);
        if (admit) {
            List<FieldProblem> unmet = rule.unmetBy(expert.getTitleLevel(), expert.getCategory());
            if (!unmet.isEmpty()) {
                throw DomainException.conflict("Cannot admit: " + String.join("; ",
                        unmet.stream().map(FieldProblem::message).toList()) + ".");
            }
            LocalDate today = AssociationTime.today(clock);
            expert.admit(nomination.getPool(), nomination.getId(), today, now);
            expert = experts.save(expert);
            events.publishEvent(new ExpertAdmitted(UUID.randomUUID(), now, ExpertSummary.of(expert),
                    nomination.getPool(), rule.name(), today));
        }
        return view(nominations.save(nomination), expert, user);
    }

    @Transactional
    public PoolNominationView withdraw(UUID id, CurrentUser user) {
        PoolNomination nomination = visible(id, user);
        user.requireWritable(nomination.getSocietyId());
        nomination.withdraw(user.username(), clock.instant());
        return view(nominations.save(nomination), user);
    }

    @Transactional(readOnly = true)
    public PoolNominationView find(UUID id, CurrentUser user) {
        return view(visible(id, user), user);
    }

    /** ADMIN and the committee see every nomination; a secretary their own society's. */
    @Transactional(readOnly = true)
    public List<PoolNominationView> list(PoolNomination.Status status, String pool, CurrentUser user) {
        return nominations.findAll().stream()
                .filter(n -> maySee(n, user))
                .filter(n -> status == null || n.getStatus() == status)
                .filter(n -> pool == null || n.getPool().equals(pool))
                .sorted(java.util.Comparator.comparing(PoolNomination::getNominatedAt).reversed())
                .map(n -> view(n, user))
                .toList();
    }

    private UUID nominatingSociety(UUID requested, CurrentUser user) {
        UUID society;
        if (user.admin()) {
            if (requested == null) {
                throw DomainException.invalid("societyId", "is required: which society nominates the expert");
            }
            society = requested;
        } else {
            society = user.societyId().orElseThrow(() -> DomainException.forbidden(
                    "Your account is not linked to a society."));
            if (requested != null && !requested.equals(society)) {
                throw DomainException.forbidden("You may nominate only for your own society.");
            }
        }
        KnownSociety known = societies.findById(society).orElseThrow(() -> DomainException.conflict(
                "Society " + society + " is not known to expert-service yet; try again once society-service has told it."));
        if (!known.isActive()) {
            throw DomainException.conflict(known.getName() + " is not in good standing (" + known.getStatus()
                    + ") and cannot nominate.");
        }
        return society;
    }

    private static void requireAdmissible(PoolRule rule, TitleLevel level, Category category, String prefix) {
        List<FieldProblem> unmet = rule.unmetBy(level, category).stream()
                .map(p -> new FieldProblem(prefix + p.field(), p.message())).toList();
        if (!unmet.isEmpty()) {
            throw DomainException.invalid("The expert does not meet the admission rules of " + rule.name() + ".", unmet);
        }
    }

    private PoolNomination get(UUID id) {
        return nominations.findById(id).orElseThrow(() -> DomainException.notFound("Pool nomination", id));
    }

    private PoolNomination visible(UUID id, CurrentUser user) {
        PoolNomination nomination = get(id);
        if (!maySee(nomination, user)) {
            throw DomainException.notFound("Pool nomination", id);
        }
        return nomination;
    }

    private static boolean maySee(PoolNomination nomination, CurrentUser user) {
        return user.admin() || user.hasRole("REVIEWER")
                || (user.hasRole("SOCIETY_SECRETARY") && user.maySee(nomination.getSocietyId()));
    }

    private PoolNominationView view(PoolNomination nomination, CurrentUser user) {
        return view(nomination, experts.get(nomination.getExpertId()), user);
    }

    private PoolNominationView view(PoolNomination nomination, Expert expert, CurrentUser user) {
        PoolRule rule = pools.rule(nomination.getPool());
        boolean committee = user.admin() || user.hasRole("REVIEWER");
        long approvals = nomination.approvals();
        return new PoolNominationView(nomination.getId(), nomination.getPool(), rule.name(), nomination.getStatus(),
                nomination.getSocietyId(), societies.findById(nomination.getSocietyId()).map(KnownSociety::getName)
                        .orElse(null),
                nomination.getNote(), views.view(expert, user), nomination.getNominatedBy(),
                nomination.getNominatedAt(), approvals, nomination.votes().size() - approvals,
                committee ? nomination.votes() : List.of(), nomination.getDecidedBy(), nomination.getDecidedAt(),
                nomination.getDecisionReason(), rule.unmetBy(expert.getTitleLevel(), expert.getCategory()));
    }
}
