package org.citycast.expert.award;

import static org.citycast.expert.platform.ListQuery.PINYIN;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citycast.expert.award.Views.NominationView;
import org.citycast.expert.platform.CurrentUser;
import org.citycast.expert.platform.ListQuery;
import org.citycast.expert.pool.ExpertCard;
import org.citycast.expert.pool.ExpertService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's nominations for lists, searches and exports, filtered in SQL by the same rule as a
 * single nomination: ADMIN all, a secretary their society's, a reviewer only those assigned to them
 * that they have no conflict with (declared, same society, same employer, or themself).
 */
@Service
class NominationDirectory {

    private static final Map<String, String> SORTABLE = Map.of(
            "candidateName", "n.candidate_name " + PINYIN,
            "candidateEmployer", "n.candidate_employer " + PINYIN,
            "societyName", "n.society_name " + PINYIN,
            "category", "n.category",
            "stage", "array_position(ARRAY['NOMINATION','INITIAL_CHECK','RECHECK','COMPILATION','EXPERT_REVIEW',"
                    + "'INSPECTION','PUBLIC_NOTICE','COMMENDATION'], n.stage)",
            "nominatedAt", "n.nominated_at");

    private final JdbcClient jdbc;
    private final Nominations nominations;
    private final ExpertService experts;
    private final AwardService awards;

    NominationDirectory(JdbcClient jdbc, Nominations nominations, ExpertService experts, AwardService awards) {
        this.jdbc = jdbc;
        this.nominations = nominations;
        this.experts = experts;
        this.awards = awards;
    }

    @Transactional(readOnly = true)
    Page<NominationView> list(UUID programme, NominationFilter filter, Pageable page, CurrentUser user) {
        awards.programme(programme);
        return where(programme, filter, user).pageOfIds(jdbc, "n.id", page, ids -> views(ids, user));
    }

    @Transactional(readOnly = true)
    List<NominationView> all(UUID programme, NominationFilter filter, Sort sort, CurrentUser user) {
        awards.programme(programme);
        return where(programme, filter, user).allOfIds(jdbc, "n.id", sort, ids -> views(ids, user));
    }

    private List<NominationView> views(List<UUID> ids, CurrentUser user) {
        Map<UUID, Nomination> byId = nominations.findAllById(ids).stream()
                .collect(Collectors.toMap(Nomination::getId, Function.identity()));
        // the same rule as a single read, checked once more on every row
        return ids.stream().map(byId::get).filter(n -> awards.maySee(n, user)).map(n -> awards.view(n, user)).toList();
    }

    private ListQuery where(UUID programme, NominationFilter filter, CurrentUser user) {
        ListQuery query = new ListQuery("award_nomination n", SORTABLE, SORTABLE.get("candidateName"), "n.id")
                .where("n.programme_id = :programme", "programme", programme);
        if (!user.admin()) {
            List<String> visible = new ArrayList<>();
            if (user.hasRole("SOCIETY_SECRETARY") && user.societyId().isPresent()) {
                visible.add("n.society_id = :own");
                query.param("own", user.societyId().get());
            }
            ExpertCard reviewer = user.hasRole("REVIEWER")
                    ? user.expertId().flatMap(experts::card).orElse(null) : null;
            if (reviewer != null) {
                List<String> recused = new ArrayList<>(List.of(
                        "EXISTS (SELECT 1 FROM review_assignment a WHERE a.nomination_id = n.id AND a.reviewer_id = :me)",
                        "NOT EXISTS (SELECT 1 FROM declared_conflict d WHERE d.nomination_id = n.id AND d.reviewer_id = :me)",
                        "n.employer_key <> :myEmployer",
                        "n.expert_id IS DISTINCT FROM :me"));
                query.param("me", reviewer.id()).param("myEmployer", reviewer.employerKey());
                if (!reviewer.societies().isEmpty()) {
                    recused.add("n.society_id NOT IN (:mySocieties)");
                    query.param("mySocieties", List.copyOf(reviewer.societies()));
                }
                visible.add("(" + String.join(" AND ", recused) + ")");
            }
            query.where(visible.isEmpty() ? "FALSE" : "(" + String.join(" OR ", visible) + ")");
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            query.where("n.search_text ILIKE :q", "q", ListQuery.containing(filter.q()));
        }
        return query.whereGiven("n.stage = :stage", "stage", filter.stage())
                .whereGiven("n.status = :status", "status", filter.status())
                .whereGiven("n.category = :category", "category", filter.category())
                .whereGiven("n.society_id = :society", "society", filter.society())
                .whereGiven("n.award_class = :awardClass", "awardClass", filter.awardClass());
    }
}
