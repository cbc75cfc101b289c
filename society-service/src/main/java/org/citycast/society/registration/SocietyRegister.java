package org.citycast.society.registration;

import static org.citycast.society.platform.ListQuery.PINYIN;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.citycast.society.platform.ListQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register read by the other modules: the one way they see the {@code society} table. A
 * society by id, the societies in a status, names in pinyin order, the filtered list with its
 * search, and the register as it stood at a past moment.
 */
@Service
@NamedInterface("register")
public class SocietyRegister {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "s.name " + PINYIN,
            "shortName", "s.short_name " + PINYIN,
            "hostUnit", "s.host_unit " + PINYIN,
            "disciplineCategory", "s.discipline_category",
            "status", "s.status",
            "healthTier", "s.health_tier",
            "registeredOn", "s.registered_on",
            "joinedOn", "s.joined_on",
            "createdAt", "s.created_at",
            "individualMembers", "s.individual_members");

    private final Societies societies;
    private final SocietyHistory history;
    private final JdbcClient jdbc;

    SocietyRegister(Societies societies, SocietyHistory history, JdbcClient jdbc) {
        this.societies = societies;
        this.history = history;
        this.jdbc = jdbc;
    }

    /** What a list of the register is narrowed to; {@code ids}, when given, limits it to those societies. */
    @NamedInterface("register")
    public record Criteria(SocietyStatus status, DisciplineCategory category, String hostUnit, HealthTier healthTier,
            Boolean partyCovered, String q, Collection<UUID> ids) {
    }

    /** One row of the register as lists and exports show it. */
    @NamedInterface("register")
    public record Listing(UUID id, String name, String shortName, DisciplineCategory disciplineCategory,
            String hostUnit, SocietyStatus status, HealthTier healthTier, String creditCode, LocalDate registeredOn,
            LocalDate foundedOn, LocalDate joinedOn, Integer individualMembers, Integer unitMembers,
            java.math.BigDecimal assets, String address, String legalRepresentative,
            PartyOrganisationForm partyOrganisation) {
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

    /** The names of these societies, in pinyin order of the name. */
    @Transactional(readOnly = true)
    public Map<UUID, String> namesInPinyinOrder(Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, name FROM society WHERE id IN (:ids) ORDER BY name " + PINYIN + ", id")
                .param("ids", List.copyOf(ids))
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }

    /** Every society on the register at {@code moment}, with the status, tier and party organisation it had then. */
    @Transactional(readOnly = true)
    public List<SocietyState> asOf(Instant moment) {
        return history.asOf(moment);
    }

    /**
     * How many societies made each move of status in {@code [from, to)}, keyed {@code FROM→TO}
     * ({@code NEW→ACTIVE} for an import, {@code JOINING→ACTIVE} for a joining ...).
     */
    @Transactional(readOnly = true)
    public Map<String, Long> movesBetween(Instant from, Instant to) {
        return history.movesBetween(from, to);
    }

    @Transactional(readOnly = true)
    public Page<Listing> list(Criteria criteria, Pageable page) {
        return where(criteria).page(jdbc, "s.*", page, SocietyRegister::listing);
    }

    /** Everything that matches, in the requested order, for an export. */
    @Transactional(readOnly = true)
    public List<Listing> all(Criteria criteria, Sort sort) {
        return where(criteria).all(jdbc, "s.*", sort, SocietyRegister::listing);
    }

    private static ListQuery where(Criteria criteria) {
        ListQuery query = new ListQuery("society s", SORTABLE, SORTABLE.get("name"), "s.id");
        if (criteria.ids() != null) {
            if (criteria.ids().isEmpty()) {
                query.where("FALSE");
            } else {
                query.where("s.id IN (:ids)", "ids", List.copyOf(criteria.ids()));
            }
        }
        query.whereGiven("s.status = :status", "status", criteria.status())
                .whereGiven("s.discipline_category = :category", "category", criteria.category())
                .whereGiven("s.host_unit = :hostUnit", "hostUnit", criteria.hostUnit())
                .whereGiven("s.health_tier = :healthTier", "healthTier", criteria.healthTier());
        if (criteria.partyCovered() != null) {
            query.where(criteria.partyCovered() ? "coalesce(s.party_form, 'NONE') <> 'NONE'"
                    : "coalesce(s.party_form, 'NONE') = 'NONE'");
        }
        if (criteria.q() != null && !criteria.q().isBlank()) {
            // the characters first, so that society_search_characters (V65) narrows the rows ILIKE reads
            query.where("((string_to_array(lower(s.name || ' ' || coalesce(s.short_name, '')), NULL)"
                            + " @> string_to_array(lower(:text), NULL) AND (s.name ILIKE :q OR s.short_name ILIKE :q))"
                            + " OR s.credit_code = :code)", "q", ListQuery.containing(criteria.q()))
                    .param("text", criteria.q().strip()).param("code", criteria.q().strip().toUpperCase());
        }
        return query;
    }

    private static Listing listing(ResultSet rs, int row) throws SQLException {
        String party = rs.getString("party_form");
        return new Listing(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("short_name"),
                DisciplineCategory.valueOf(rs.getString("discipline_category")), rs.getString("host_unit"),
                SocietyStatus.valueOf(rs.getString("status")), HealthTier.valueOf(rs.getString("health_tier")),
                rs.getString("credit_code"), rs.getObject("registered_on", LocalDate.class),
                rs.getObject("founded_on", LocalDate.class), rs.getObject("joined_on", LocalDate.class),
                (Integer) rs.getObject("individual_members"), (Integer) rs.getObject("unit_members"),
                rs.getBigDecimal("assets"), rs.getString("address"), rs.getString("legal_representative"),
                party == null ? PartyOrganisationForm.NONE : PartyOrganisationForm.valueOf(party));
    }
}
