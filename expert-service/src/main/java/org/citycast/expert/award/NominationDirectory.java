package org.citycast.expert.award;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citycast.expert.award.Views.NominationView;
import org.citycast.expert.platform.CurrentUser;
import org.citycast.expert.platform.DomainException;
import org.citycast.expert.pool.ExpertCard;
import org.citycast.expert.pool.ExpertService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

    private static final String PINYIN = "COLLATE \"zh-x-icu\"";

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
        Query query = where(programme, filter, user);
        long total = jdbc.sql("SELECT count(*) FROM award_nomination n" + query.sql()).params(query.params())
                .query(Long.class).single();
        Map<String, Object> paged = new HashMap<>(query.params());
        paged.put("limit", page.getPageSize());
        paged.put("offset", page.getOffset());
        List<UUID> ids = jdbc.sql("SELECT n.id FROM award_nomination n" + query.sql() + orderBy(page.getSort())
                + " LIMIT :limit OFFSET :offset").params(paged).query(UUID.class).list();
        return new PageImpl<>(views(ids, user), page, total);
    }

    @Transactional(readOnly = true)
    List<NominationView> all(UUID programme, NominationFilter filter, Sort sort, CurrentUser user) {
        awards.programme(programme);
        Query query = where(programme, filter, user);
        List<UUID> ids = jdbc.sql("SELECT n.id FROM award_nomination n" + query.sql() + orderBy(sort))
                .params(query.params()).query(UUID.class).list();
        return views(ids, user);
    }

    private List<NominationView> views(List<UUID> ids, CurrentUser user) {
        Map<UUID, Nomination> byId = nominations.findAllById(ids).stream()
                .collect(Collectors.toMap(Nomination::getId, Function.identity()));
        // the same rule as a single read, checked once more on every row
        return ids.stream().map(byId::get).filter(n -> awards.maySee(n, user)).map(n -> awards.view(n, user)).toList();
    }

    private record Query(String sql, Map<String, Object> params) {
    }

    private Query where(UUID programme, NominationFilter filter, CurrentUser user) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        conditions.add("n.programme_id = :programme");
        params.put("programme", programme);
        if (!user.admin()) {
            List<String> visible = new ArrayList<>();
            if (user.hasRole("SOCIETY_SECRETARY") && user.societyId().isPresent()) {
                visible.add("n.society_id = :own");
                params.put("own", user.societyId().get());
            }
            ExpertCard reviewer = user.hasRole("REVIEWER")
                    ? user.expertId().flatMap(experts::card).orElse(null) : null;
            if (reviewer != null) {
                List<String> recused = new ArrayList<>(List.of(
                        "EXISTS (SELECT 1 FROM review_assignment a WHERE a.nomination_id = n.id AND a.reviewer_id = :me)",
                        "NOT EXISTS (SELECT 1 FROM declared_conflict d WHERE d.nomination_id = n.id AND d.reviewer_id = :me)",
                        "n.employer_key <> :myEmployer",
                        "n.expert_id IS DISTINCT FROM :me"));
                params.put("me", reviewer.id());
                params.put("myEmployer", reviewer.employerKey());
                if (!reviewer.societies().isEmpty()) {
                    recused.add("n.society_id NOT IN (:mySocieties)");
                    params.put("mySocieties", List.copyOf(reviewer.societies()));
                }
                visible.add("(" + String.join(" AND ", recused) + ")");
            }
            conditions.add(visible.isEmpty() ? "FALSE" : "(" + String.join(" OR ", visible) + ")");
        }
        if (filter.stage() != null) {
            conditions.add("n.stage = :stage");
            params.put("stage", filter.stage().name());
        }
        if (filter.status() != null) {
            conditions.add("n.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.category() != null) {
            conditions.add("n.category = :category");
            params.put("category", filter.category().name());
        }
        if (filter.society() != null) {
            conditions.add("n.society_id = :society");
            params.put("society", filter.society());
        }
        if (filter.awardClass() != null && !filter.awardClass().isBlank()) {
            conditions.add("n.award_class = :awardClass");
            params.put("awardClass", filter.awardClass());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            conditions.add("n.search_text ILIKE :q");
            params.put("q", "%" + filter.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        return new Query(" WHERE " + String.join(" AND ", conditions), params);
    }

    private static String orderBy(Sort sort) {
        List<String> terms = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column == null) {
                throw DomainException.invalid("sort", "cannot sort by '" + order.getProperty() + "'; use one of "
                        + String.join(", ", SORTABLE.keySet().stream().sorted().toList()));
            }
            terms.add(column + (order.isAscending() ? " ASC" : " DESC") + " NULLS LAST");
        }
        terms.add(SORTABLE.get("candidateName"));
        terms.add("n.id");
        return " ORDER BY " + String.join(", ", terms);
    }
}
