package org.citycast.expert.pool;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citycast.expert.platform.AssociationTime;
import org.citycast.expert.platform.CurrentUser;
import org.citycast.expert.platform.DomainException;
import org.citycast.expert.platform.FieldProblem;
import org.citycast.expert.privacy.PersonalData;
import org.citycast.expert.society.KnownSocieties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expert profiles and pool memberships. Who may see a profile: ADMIN and the expert always; any
 * signed-in staff role an admitted expert; a secretary the experts of their own society; the
 * committee (REVIEWER) the candidates it vets. Everyone else is told it does not exist.
 */
@Service
public class ExpertService {

    private final Experts experts;
    private final PoolNominations nominations;
    private final KnownSocieties societies;
    private final PersonalData personal;
    private final Pools pools;
    private final ExpertViews views;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    ExpertService(Experts experts, PoolNominations nominations, KnownSocieties societies, PersonalData personal,
            Pools pools, ExpertViews views, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.experts = experts;
        this.nominations = nominations;
        this.societies = societies;
        this.personal = personal;
        this.pools = pools;
        this.views = views;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Who an expert is, for recusal and authorship; empty when there is no such expert. */
    @Transactional(readOnly = true)
    public Optional<ExpertCard> card(UUID id) {
        return experts.findById(id).map(ExpertCard::of);
    }

    /** The expert committee: members with a seat who are currently in a pool. */
    @Transactional(readOnly = true)
    public List<ExpertCard> committee() {
        List<UUID> ids = jdbc.sql("SELECT id FROM expert WHERE committee_member").query(UUID.class).list();
        return experts.findAllById(ids).stream().map(ExpertCard::of).filter(ExpertCard::inAnyPool).toList();
    }

    /**
     * Enters an expert who is already in a pool (the association's roster from before the
     * platform), checked against the pool's admission rules.
     */
    @Transactional
    public ExpertCard enter(UUID id, ExpertProfile profile, String pool) {
        PoolRule rule = pools.rule(pool);
        List<FieldProblem> unmet = rule.unmetBy(profile.titleLevel(), profile.category());
        if (!unmet.isEmpty()) {
            throw DomainException.invalid("The expert does not meet the admission rules of " + rule.name() + ".", unmet);
        }
        if (experts.existsById(id)) {
            throw DomainException.conflict("Expert " + id + " is already on file.");
        }
        checkProfile(id, profile, "");
        Instant now = clock.instant();
        LocalDate today = AssociationTime.today(clock);
        Expert expert = Expert.create(id, profile, personal, now);
        expert.admit(pool, null, today, now);
        expert = experts.save(expert);
        events.publishEvent(new ExpertAdmitted(UUID.randomUUID(), now, ExpertSummary.of(expert), pool, rule.name(),
                today));
        return ExpertCard.of(expert);
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return experts.existsById(id);
    }

    @Transactional(readOnly = true)
    public ExpertView view(UUID id, CurrentUser user) {
        return views.view(visible(id, user), user);
    }

    /** ADMIN or the expert; only ADMIN changes the societies an expert belongs to, since they decide recusal. */
    @Transactional
    public ExpertView describe(UUID id, ExpertProfile profile, CurrentUser user) {
        Expert expert = visible(id, user);
        if (!ExpertViews.revealsPersonalData(id, user)) {
            throw DomainException.forbidden("Only ADMIN or the expert may change this profile.");
        }
        if (!user.admin() && !List.copyOf(expert.societyIds()).equals(profile.societies().stream().sorted().toList())) {
            throw DomainException.forbidden("Only ADMIN changes the societies an expert belongs to (they decide recusal).");
        }
        checkProfile(id, profile, "");
        expert.describe(profile, personal, clock.instant());
        Expert saved = experts.save(expert);
        announceChange(saved);
        return views.view(saved, user);
    }

    @Transactional
    public ExpertView appointToCommittee(UUID id, boolean member, CurrentUser user) {
        Expert expert = get(id);
        expert.appointToCommittee(member, clock.instant());
        Expert saved = experts.save(expert);
        announceChange(saved);
        return views.view(saved, user);
    }

    /** The expert leaves a pool of their own accord (or ADMIN records that they did). */
    @Transactional
    public ExpertView leave(UUID id, String pool, String reason, CurrentUser user) {
        Expert expert = visible(id, user);
        if (!ExpertViews.revealsPersonalData(id, user)) {
            throw DomainException.forbidden("Only the expert or ADMIN records that they leave a pool.");
        }
        return end(expert, pool, MembershipStatus.LEFT, reason, user);
    }

    /** ADMIN removes an expert from a pool, with a reason kept in the history. */
    @Transactional
    public ExpertView remove(UUID id, String pool, String reason, CurrentUser user) {
        return end(get(id), pool, MembershipStatus.REMOVED, reason, user);
    }

    @Transactional(readOnly = true)
    public ExpertHistory history(UUID id, CurrentUser user) {
        Expert expert = visible(id, user);
        Map<UUID, String> names = views.societyNames(
                nominations.findByExpertIdOrderByNominatedAt(id).stream().map(PoolNomination::getSocietyId).toList());
        return new ExpertHistory(id, expert.getName(),
                expert.getMemberships().stream().map(m -> new ExpertHistory.Seat(m.pool(), pools.name(m.pool()),
                        m.status(), m.admittedOn(), m.endedOn(), m.endReason())).toList(),
                nominations.findByExpertIdOrderByNominatedAt(id).stream()
                        .filter(n -> user.admin() || user.maySee(n.getSocietyId())
                                || ExpertViews.revealsPersonalData(id, user))
                        .map(n -> new ExpertHistory.Nomination(n.getId(), n.getPool(), pools.name(n.getPool()),
                                n.getSocietyId(), names.get(n.getSocietyId()), n.getStatus(), n.getNominatedAt(),
                                n.getDecidedAt()))
                        .toList());
    }

    /** Pool sizes on a day, from the membership history: by pool, by category and by title level. */
    @Transactional(readOnly = true)
    public PoolFigures figures(LocalDate asOf) {
        String active = """
                FROM pool_membership m JOIN expert e ON e.id = m.expert_id
                WHERE m.admitted_on <= :day AND (m.ended_on IS NULL OR m.ended_on > :day)""";
        Map<String, Long> byPool = counts("SELECT m.pool AS k, count(*) AS n " + active + " GROUP BY 1", asOf);
        Map<String, Long> byCategory = counts(
                "SELECT e.category AS k, count(DISTINCT e.id) AS n " + active + " GROUP BY 1", asOf);
        Map<String, Long> byTitleLevel = counts(
                "SELECT e.title_level AS k, count(DISTINCT e.id) AS n " + active + " GROUP BY 1", asOf);
        long experts = jdbc.sql("SELECT count(DISTINCT e.id) " + active).param("day", asOf).query(Long.class).single();
        Map<String, Long> pools = new LinkedHashMap<>();
        this.pools.pools().keySet().forEach(pool -> pools.put(pool, byPool.getOrDefault(pool, 0L)));
        return new PoolFigures(asOf, experts, pools, byCategory, byTitleLevel);
    }

    private Map<String, Long> counts(String sql, LocalDate day) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql + " ORDER BY 1").param("day", day).query(rs -> {
            counts.put(rs.getString("k"), rs.getLong("n"));
        });
        return counts;
    }

    private ExpertView end(Expert expert, String pool, MembershipStatus how, String reason, CurrentUser user) {
        pools.rule(pool);
        LocalDate today = AssociationTime.today(clock);
        Instant now = clock.instant();
        expert.end(pool, how, reason, today, now);
        Expert saved = experts.save(expert);
        events.publishEvent(new ExpertLeftPool(UUID.randomUUID(), now, ExpertSummary.of(saved), pool, pools.name(pool),
                today, how));
        return views.view(saved, user);
    }

    /** Other services hear of an expert once admitted; candidates never leave this service. */
    private void announceChange(Expert expert) {
        if (expert.everAdmitted()) {
            events.publishEvent(new ExpertProfileChanged(UUID.randomUUID(), clock.instant(), ExpertSummary.of(expert)));
        }
    }

    Expert get(UUID id) {
        return experts.findById(id).orElseThrow(() -> DomainException.notFound("Expert", id));
    }

    Expert visible(UUID id, CurrentUser user) {
        Expert expert = get(id);
        if (!maySee(expert, user)) {
            throw DomainException.notFound("Expert", id);
        }
        return expert;
    }

    boolean maySee(Expert expert, CurrentUser user) {
        if (ExpertViews.revealsPersonalData(expert.getId(), user)) {
            return true;
        }
        if (expert.status() == ExpertStatus.ADMITTED && (user.hasRole("SOCIETY_SECRETARY") || user.hasRole("REVIEWER")
                || user.hasRole("EXPERT") || user.hasRole("EDITOR"))) {
            return true;
        }
        if (user.hasRole("SOCIETY_SECRETARY") && user.societyId().filter(expert.societyIds()::contains).isPresent()) {
            return true;
        }
        return user.hasRole("REVIEWER")
                && nominations.existsByExpertIdAndStatus(expert.getId(), PoolNomination.Status.PENDING);
    }

    /** Checks what the annotations cannot: the ID number's check character, its uniqueness, the societies. */
    void checkProfile(UUID id, ExpertProfile profile, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (profile.idNumber() != null && !profile.idNumber().isBlank()) {
            if (!IdNumbers.valid(profile.idNumber())) {
                problems.add(new FieldProblem(prefix + "idNumber", "has a wrong check character"));
            } else {
                experts.findByIdNumberDigest(personal.digest(profile.idNumber().strip()))
                        .filter(other -> !other.getId().equals(id))
                        .ifPresent(other -> problems.add(new FieldProblem(prefix + "idNumber",
                                "belongs to another expert on file (" + other.getId() + ")")));
            }
        }
        for (int i = 0; i < profile.societies().size(); i++) {
            if (!societies.existsById(profile.societies().get(i))) {
                problems.add(new FieldProblem(prefix + "societies[" + i + "]", "is not a society known to the platform"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("The profile has " + problems.size() + " problem(s).", problems);
        }
    }

    boolean idNumberOnFile(String idNumber) {
        return experts.findByIdNumberDigest(personal.digest(idNumber)).isPresent();
    }

    Expert save(Expert expert) {
        return experts.save(expert);
    }
}
