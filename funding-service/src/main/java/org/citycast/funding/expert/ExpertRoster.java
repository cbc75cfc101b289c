package org.citycast.funding.expert;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ExpertRoster {

    private final KnownExperts experts;
    private final JdbcClient jdbc;

    ExpertRoster(KnownExperts experts, JdbcClient jdbc) {
        this.experts = experts;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<ExpertProfile> find(UUID expert) {
        return experts.findById(expert).map(KnownExpert::profile);
    }

    /**
     * Records an expert the pool has not told us of yet, as of the beginning of time, so that the
     * pool's first real event about them replaces it. Only the demo uses this, for the realm's demo
     * reviewer while expert-service has not published them.
     */
    @Transactional
    public void provisional(UUID id, String name, String employer) {
        if (experts.existsById(id)) {
            return;
        }
        KnownExpert expert = KnownExpert.first(id);
        expert.describe(name, employer, Set.of(), true, Instant.EPOCH);
        experts.save(expert);
    }

    /** Every expert in a pool, for the demo to find reviewers free of conflicts. */
    @Transactional(readOnly = true)
    public List<ExpertProfile> inPool() {
        return experts.findAll().stream().map(KnownExpert::profile).filter(ExpertProfile::inPool)
                .sorted(Comparator.comparing(ExpertProfile::id)).toList();
    }

    /** Experts funding has heard of, by name in pinyin order; {@code q} matches name or employer. */
    @Transactional(readOnly = true)
    Page<ExpertProfile> list(String q, Pageable page) {
        Map<String, Object> params = new HashMap<>();
        String where = "";
        if (q != null && !q.isBlank()) {
            where = " WHERE (name ILIKE :q OR employer ILIKE :q)";
            params.put("q", "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM known_expert" + where).params(params).query(Long.class).single();
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        List<UUID> ids = jdbc.sql("SELECT id FROM known_expert" + where
                        + " ORDER BY name COLLATE \"zh-Hans-x-icu\", id LIMIT :limit OFFSET :offset")
                .params(params).query(UUID.class).list();
        Map<UUID, ExpertProfile> found = new HashMap<>();
        experts.findAllById(ids).forEach(expert -> found.put(expert.getId(), expert.profile()));
        return new PageImpl<>(ids.stream().map(found::get).toList(), page, total);
    }
}
