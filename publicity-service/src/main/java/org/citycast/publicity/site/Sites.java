package org.citycast.publicity.site;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycast.publicity.inbound.SocietyReported;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sub-sites. A society gets its site the first time it stands ACTIVE (registered, entered or
 * joined); from then on every society event keeps it in step, including the end of its standing.
 * Societies that never became members (founding applications, transfers still at the gate) have none.
 */
@Repository
public class Sites {

    private final JdbcClient jdbc;

    Sites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SocietyReported reported) {
        SocietyReported.Society s = reported.society();
        Timestamp at = Timestamp.from(reported.time());
        int updated = jdbc.sql("""
                        UPDATE site SET name = :name, short_name = :shortName, discipline_category = :category,
                            host_unit = :hostUnit, credit_code = :creditCode, party_organisation = :party,
                            status = :status, status_reason = CASE WHEN :status = 'ACTIVE' THEN NULL
                                ELSE coalesce(:reason, status_reason) END,
                            as_of = :at, updated_at = greatest(updated_at, :at), version = version + 1
                        WHERE society_id = :id AND as_of <= :at""")
                .params(params(s, reported.reason(), at)).param("id", s.id()).update();
        if (updated == 0 && s.active()) {
            jdbc.sql("""
                            INSERT INTO site (society_id, name, short_name, discipline_category, host_unit, credit_code,
                                party_organisation, status, status_reason, opened_at, as_of, updated_at, version)
                            VALUES (:id, :name, :shortName, :category, :hostUnit, :creditCode, :party, :status, NULL,
                                :at, :at, :at, 0)
                            ON CONFLICT (society_id) DO NOTHING""")
                    .params(params(s, null, at)).param("id", s.id()).update();
        }
    }

    private static java.util.Map<String, Object> params(SocietyReported.Society s, String reason, Timestamp at) {
        var params = new java.util.HashMap<String, Object>();
        params.put("name", s.name());
        params.put("shortName", s.shortName());
        params.put("category", s.disciplineCategory());
        params.put("hostUnit", s.hostUnit());
        params.put("creditCode", s.creditCode());
        params.put("party", s.partyOrganisation());
        params.put("status", s.status());
        params.put("reason", reason);
        params.put("at", at);
        return params;
    }

    public Optional<SocietySite> find(UUID society) {
        return jdbc.sql("SELECT * FROM site WHERE society_id = ?").param(society).query(SocietySite.class).optional();
    }

    /** Every site, members first, then by name in pinyin order. */
    public List<SocietySite> all() {
        return jdbc.sql("SELECT * FROM site ORDER BY (status = 'ACTIVE') DESC, name COLLATE \"zh-x-icu\"")
                .query(SocietySite.class).list();
    }

    public Optional<Instant> lastChange() {
        return jdbc.sql("SELECT updated_at FROM site ORDER BY 1 DESC LIMIT 1").query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    /** The secretariat's own words for its site and display board. */
    boolean describe(UUID society, String introduction, String features, String contact, Instant now) {
        return jdbc.sql("""
                        UPDATE site SET introduction = :introduction, features = :features, contact = :contact,
                            updated_at = :now, version = version + 1 WHERE society_id = :id""")
                .param("id", society).param("introduction", introduction).param("features", features)
                .param("contact", contact).param("now", Timestamp.from(now)).update() == 1;
    }
}
