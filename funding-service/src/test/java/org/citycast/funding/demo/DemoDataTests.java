package org.citycast.funding.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.funding.platform.TestTokens.admin;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.citycast.funding.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.citycast.funding.ServiceTest;
import org.citycast.funding.acquittal.Acquittals;
import org.citycast.funding.acquittal.OverdueReports;
import org.citycast.funding.agreement.AgreementService;
import org.citycast.funding.application.Applications;
import org.citycast.funding.application.GrantStatus;
import org.citycast.funding.budget.Budgets;
import org.citycast.funding.call.Calls;
import org.citycast.funding.decision.Decisions;
import org.citycast.funding.expert.ExpertRoster;
import org.citycast.funding.financing.Financing;
import org.citycast.funding.platform.AssociationTime;
import org.citycast.funding.review.Reviews;
import org.citycast.funding.society.KnownSocieties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo year, loaded through the real services once the register is known: every state, within budget. */
class DemoDataTests extends ServiceTest {

    @Autowired
    KnownSocieties societies;
    @Autowired
    ExpertRoster roster;
    @Autowired
    Budgets budgets;
    @Autowired
    Calls calls;
    @Autowired
    Applications applications;
    @Autowired
    Reviews reviews;
    @Autowired
    Decisions decisions;
    @Autowired
    AgreementService agreements;
    @Autowired
    Acquittals acquittals;
    @Autowired
    OverdueReports overdue;
    @Autowired
    Financing financing;

    @Test
    void theDemoYearHasApplicationsInEveryStateAndStaysWithinBudget() throws Exception {
        DemoData demo = new DemoData(societies, roster, budgets, calls, applications, reviews, decisions, agreements,
                acquittals, overdue, financing, clock);
        demo.loadOnceTheRegisterIsKnown();
        int year = AssociationTime.today(clock).getYear();
        assertThat(jdbc.sql("SELECT count(*) FROM grant_call WHERE title LIKE '%" + DemoData.CALL_TITLE + "'")
                .query(Long.class).single()).as("waits for the register").isZero();

        society(DemoData.SECRETARY1_SOCIETY, "济宁市医学会");
        society(DemoData.SECRETARY2_SOCIETY, "济宁市护理学会");
        for (int i = 0; i < 20; i++) {
            society(UUID.randomUUID(), "济宁市演示学会" + i);
        }
        // as in expert-service's demo: reviewer1 belongs to secretary2's society, so another expert reviews its applications
        jdbc.sql("INSERT INTO known_expert (id, name, employer, in_pool, as_of, version) VALUES (?, '刘振华', "
                + "'济宁医学院附属医院', true, ?, 0) ON CONFLICT DO NOTHING")
                .params(DemoData.REVIEWER1, Timestamp.from(Instant.now())).update();
        jdbc.sql("INSERT INTO known_expert_society (expert_id, society_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(DemoData.REVIEWER1, DemoData.SECRETARY2_SOCIETY).update();
        jdbc.sql("INSERT INTO known_expert (id, name, employer, in_pool, as_of, version) VALUES (?, '赵敏', '曲阜师范大学', "
                + "true, ?, 0)").params(UUID.randomUUID(), Timestamp.from(Instant.now())).update();
        demo.loadOnceTheRegisterIsKnown();

        String call = jdbc.sql("SELECT id::text FROM grant_call WHERE title LIKE '%" + DemoData.CALL_TITLE + "'")
                .query(String.class).single();
        Map<String, Long> byStatus = jdbc.sql("SELECT status, count(*) AS n FROM grant_application WHERE call_id = ?::uuid "
                        + "GROUP BY status").param(call)
                .query((rs, n) -> Map.entry(rs.getString("status"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (GrantStatus status : GrantStatus.values()) {
            assertThat(byStatus).as("applications " + status).containsKey(status.name());
        }
        assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(39);
        // everything went through: nothing stopped half-way in review
        assertThat(byStatus.get("IN_REVIEW")).isEqualTo(4);
        assertThat(jdbc.sql("SELECT count(*) FROM grant_application WHERE call_id = ?::uuid AND overdue_since IS NOT NULL")
                .param(call).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM allocation WHERE committed > allocated").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM financing_link").query(Long.class).single()).isGreaterThanOrEqualTo(16);

        mvc.perform(get("/api/funding/applications?callId=" + call).with(secretaryOf(DemoData.SECRETARY1_SOCIETY)))
                .andExpect(jsonPath("$.page.totalElements").value(3));
        mvc.perform(get("/api/funding/applications?callId=" + call + "&status=CLOSED")
                        .with(secretaryOf(DemoData.SECRETARY2_SOCIETY)))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM review_assignment r JOIN grant_application a ON a.id = r.application_id
                        WHERE r.expert_id = ? AND a.society_id = ?""")
                .params(DemoData.REVIEWER1, DemoData.SECRETARY2_SOCIETY).query(Long.class).single())
                .as("reviewer1 never reviews their own society").isZero();
        mvc.perform(get("/api/funding/stats?year=" + year).with(admin()))
                .andExpect(jsonPath("$.partnerships.societies").value(greaterThanOrEqualTo(12)));

        demo.loadOnceTheRegisterIsKnown();
        assertThat(jdbc.sql("SELECT count(*) FROM grant_application WHERE call_id = ?::uuid").param(call)
                .query(Long.class).single()).as("loaded once").isEqualTo(39);
    }

    private void society(UUID id, String name) {
        jdbc.sql("INSERT INTO society (id, name, discipline_category, status, as_of, version) VALUES (?, ?, 'MEDICINE', "
                + "'ACTIVE', ?, 0) ON CONFLICT DO NOTHING").params(id, name, Timestamp.from(Instant.now())).update();
    }
}
