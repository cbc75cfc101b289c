package org.citycast.expert.pool;

import static org.citycast.expert.platform.ListQuery.PINYIN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citycast.expert.platform.CurrentUser;
import org.citycast.expert.platform.ListQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the pools for lists and exports, with the same visibility as a single profile and the
 * same masking. Chinese names sort by pinyin; the keyword search is served by a trigram index.
 */
@Service
class ExpertDirectory {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "e.name " + PINYIN,
            "employer", "e.employer " + PINYIN,
            "title", "e.title " + PINYIN,
            "titleLevel", "array_position(ARRAY['FULL_SENIOR','ASSOCIATE_SENIOR','INTERMEDIATE','JUNIOR','NONE'], e.title_level)",
            "category", "e.category",
            "birthYear", "e.birth_year",
            "createdAt", "e.created_at");

    private static final String ACTIVE = "EXISTS (SELECT 1 FROM pool_membership m WHERE m.expert_id = e.id AND m.status = 'ACTIVE')";
    private static final String EVER = "EXISTS (SELECT 1 FROM pool_membership m WHERE m.expert_id = e.id)";

    private final JdbcClient jdbc;
    private final Experts experts;
    private final ExpertViews views;

    ExpertDirectory(JdbcClient jdbc, Experts experts, ExpertViews views) {
        this.jdbc = jdbc;
        this.experts = experts;
        this.views = views;
    }

    @Transactional(readOnly = true)
    Page<ExpertView> list(ExpertFilter filter, Pageable page, CurrentUser user) {
        return where(filter, user).pageOfIds(jdbc, "e.id", page, ids -> views(ids, user));
    }

    /** Everything that matches, in the requested order, for an export. */
    @Transactional(readOnly = true)
    List<ExpertView> all(ExpertFilter filter, Sort sort, CurrentUser user) {
        return where(filter, user).allOfIds(jdbc, "e.id", sort, ids -> views(ids, user));
    }

    private List<ExpertView> views(List<UUID> ids, CurrentUser user) {
        Map<UUID, Expert> byId = experts.findAllById(ids).stream()
                .collect(Collectors.toMap(Expert::getId, Function.identity()));
        Set<UUID> societyIds = new HashSet<>();
        byId.values().forEach(expert -> societyIds.addAll(expert.societyIds()));
        Map<UUID, String> names = views.societyNames(societyIds);
        return ids.stream().map(byId::get).map(expert -> views.view(expert, user, names)).toList();
    }

    private static ListQuery where(ExpertFilter filter, CurrentUser user) {
        ListQuery query = new ListQuery("expert e", SORTABLE, SORTABLE.get("name"), "e.id");
        if (!user.admin()) {
            List<String> visible = new ArrayList<>();
            if (user.hasRole("SOCIETY_SECRETARY") || user.hasRole("REVIEWER") || user.hasRole("EXPERT")
                    || user.hasRole("EDITOR")) {
                visible.add(ACTIVE);
            }
            visible.add("e.id = :self");
            query.param("self", user.expertId().orElse(new UUID(0, 0)));
            if (user.hasRole("SOCIETY_SECRETARY")) {
                visible.add("EXISTS (SELECT 1 FROM expert_society s WHERE s.expert_id = e.id AND s.society_id = :own)");
                query.param("own", user.societyId().orElse(new UUID(0, 0)));
            }
            if (user.hasRole("REVIEWER")) {
                visible.add("EXISTS (SELECT 1 FROM pool_nomination n WHERE n.expert_id = e.id AND n.status = 'PENDING')");
            }
            query.where("(" + String.join(" OR ", visible) + ")");
        }
        ExpertStatus status = filter.status() == null ? ExpertStatus.ADMITTED : filter.status();
        query.where(switch (status) {
            case ADMITTED -> ACTIVE;
            case FORMER -> "NOT " + ACTIVE + " AND " + EVER;
            case CANDIDATE -> "NOT " + EVER;
        });
        query.whereGiven("EXISTS (SELECT 1 FROM pool_membership m WHERE m.expert_id = e.id AND m.status = 'ACTIVE' "
                        + "AND m.pool = :pool)", "pool", filter.pool())
                .whereGiven("e.category = :category", "category", filter.category())
                .whereGiven("e.title_level = :titleLevel", "titleLevel", filter.titleLevel())
                .whereGiven("EXISTS (SELECT 1 FROM expert_society s WHERE s.expert_id = e.id "
                        + "AND s.society_id = :society)", "society", filter.society());
        if (filter.minTitleLevel() != null) {
            query.where("e.title_level IN (:levels)", "levels", Arrays.stream(TitleLevel.values())
                    .filter(l -> l.atLeast(filter.minTitleLevel())).map(Enum::name).toList());
        }
        if (filter.committee() != null) {
            query.where(filter.committee() ? "e.committee_member" : "NOT e.committee_member");
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            // the characters first, so that expert_search_characters (V12) narrows the rows ILIKE reads
            query.where("string_to_array(lower(e.search_text), NULL) @> string_to_array(lower(:text), NULL)"
                    + " AND e.search_text ILIKE :q", "q", ListQuery.containing(filter.q()))
                    .param("text", filter.q().strip());
        }
        return query;
    }
}
