package org.citycast.expert.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.expert.platform.TestTokens.admin;
import static org.citycast.expert.platform.TestTokens.expert;
import static org.citycast.expert.platform.TestTokens.reviewer;
import static org.citycast.expert.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Year;
import java.util.UUID;

import org.citycast.expert.ServiceTest;
import org.citycast.expert.award.AwardService;
import org.citycast.expert.notice.NoticeSettings;
import org.citycast.expert.pool.ExpertService;
import org.citycast.expert.pool.PoolNominationService;
import org.citycast.expert.proposal.ProposalService;
import org.citycast.expert.society.KnownSocieties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** The demo loader, run against the real services: what the local platform shows the demo users. */
class DemoDataTests extends ServiceTest {

    @Autowired
    ExpertService experts;
    @Autowired
    PoolNominationService poolNominations;
    @Autowired
    AwardService awards;
    @Autowired
    ProposalService proposals;
    @Autowired
    KnownSocieties societies;
    @Autowired
    NoticeSettings notice;
    @Autowired
    Clock serviceClock;

    @Test
    void theDemoUsersFindTheirRecordsAnAwardOnNoticeAndAFinishedYear() throws Exception {
        for (UUID society : new UUID[] {DemoData.SOCIETY_OF_SECRETARY1, DemoData.SOCIETY_OF_SECRETARY2}) {
            jdbc.sql("""
                            INSERT INTO society (id, name, discipline_category, status, as_of, version)
                            VALUES (?, ?, 'MEDICINE', 'ACTIVE', now(), 0) ON CONFLICT (id) DO NOTHING""")
                    .params(society, society.equals(DemoData.SOCIETY_OF_SECRETARY1) ? "济宁市医学会" : "济宁市护理学会")
                    .update();
        }
        new DemoData(experts, poolNominations, awards, proposals, societies, notice, serviceClock).load();

        mvc.perform(get("/api/experts/" + DemoData.REVIEWER1).with(reviewer(DemoData.REVIEWER1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committeeMember").value(true))
                .andExpect(jsonPath("$.societies[0].id").value(DemoData.SOCIETY_OF_SECRETARY2.toString()))
                .andExpect(jsonPath("$.personalDataMasked").value(false));
        mvc.perform(get("/api/experts/" + DemoData.EXPERT1).with(expert(DemoData.EXPERT1)))
                .andExpect(jsonPath("$.pools[0].pool").value("SCI_TECH"));
        mvc.perform(get("/api/experts/nominations").param("status", "PENDING")
                        .with(secretaryOf(DemoData.SOCIETY_OF_SECRETARY2)))
                .andExpect(jsonPath("$[0].expert.name").value("钱雅琴"));

        int year = Year.now().getValue();
        JsonNode thisYear = null;
        for (JsonNode programme : json.readTree(mvc.perform(get("/api/awards/programmes").param("year", "" + year)
                .with(admin())).andReturn().getResponse().getContentAsString())) {
            if (programme.get("name").asString().equals(year + "年度济宁市自然科学学术创新奖")) {
                thisYear = programme;
            }
        }
        assertThat(thisYear).isNotNull();
        assertThat(thisYear.get("stage").asString()).isEqualTo("PUBLIC_NOTICE");
        mvc.perform(get("/api/awards/public/notices/" + thisYear.get("id").asString()))
                .andExpect(jsonPath("$.open").value(true))
                .andExpect(jsonPath("$.entries.length()").value(4));
        mvc.perform(get("/api/awards/programmes").param("year", "" + (year - 1)).with(admin()))
                .andExpect(jsonPath("$[0].stage").value("COMMENDATION"));
        mvc.perform(get("/api/experts/stats").param("year", "" + (year - 1)).with(admin()))
                .andExpect(jsonPath("$.awards[0].winnersByClass.WORKER").value(3));
        mvc.perform(get("/api/experts/proposals").with(expert(DemoData.EXPERT1)))
                .andExpect(jsonPath("$.length()").value(2));
        // reviewer1 belongs to secretary2's society: never shown that society's nominations
        JsonNode seen = json.readTree(mvc.perform(get("/api/awards/programmes/" + thisYear.get("id").asString()
                + "/nominations").with(reviewer(DemoData.REVIEWER1))).andReturn().getResponse().getContentAsString());
        for (JsonNode nomination : seen.get("content")) {
            assertThat(nomination.get("societyId").asString()).isNotEqualTo(DemoData.SOCIETY_OF_SECRETARY2.toString());
        }
    }
}
