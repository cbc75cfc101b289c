package org.citycast.publicity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.publicity.platform.TestTokens.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.citycast.publicity.EventFeed;
import org.citycast.publicity.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A past year (2021, which no other test touches) built from the other services' events, read back in
 * all four forms.
 */
class ReportTests extends ServiceTest {

    static final int YEAR = 2021;

    @Test
    void theYearIsCountedFromTheEventsAndWrittenInFourForms() throws Exception {
        EventFeed feed = new EventFeed(json, broker);
        UUID old = UUID.randomUUID();
        UUID joined = UUID.randomUUID();
        UUID founded = UUID.randomUUID();
        feed.send("society.events", feed.society("SocietyRegistered.v1", old, "济宁市老学会", "ACTIVE", at("2020-05-01")));
        var join = feed.society("SocietyJoined.v1", joined, "济宁市加入学会", "ACTIVE", at("2021-03-01"));
        ((ObjectNode) join.get("data").get("society")).put("healthTier", "SOUND_WEAK").put("partyOrganisation", "NONE");
        feed.send("society.events", join);
        feed.send("society.events", feed.society("SocietyRegistered.v1", founded, "济宁市新学会", "ACTIVE", at("2021-06-01")));
        feed.send("society.events", feed.society("SocietyDisqualified.v1", old, "济宁市老学会", "DISQUALIFIED",
                at("2021-09-01")));
        // the next year's change is not this year's
        feed.send("society.events", feed.society("SocietyDeregistered.v1", old, "济宁市老学会", "DEREGISTERED",
                at("2022-02-01")));
        ObjectNode renewal = feed.society("TermRenewed.v1", founded, "x", "ACTIVE", at("2021-10-01"));
        ((ObjectNode) renewal.get("data")).removeAll().put("eventId", renewal.get("id").asString())
                .put("societyId", founded.toString()).put("electedOn", "2021-09-28");
        feed.send("society.events", renewal);
        ObjectNode inspection = feed.society("AnnualInspectionCompleted.v1", joined, "x", "ACTIVE", at("2021-06-20"));
        ((ObjectNode) inspection.get("data")).removeAll().put("eventId", inspection.get("id").asString())
                .put("societyId", joined.toString()).put("year", 2020).put("status", "COMPLETED")
                .put("outcome", "QUALIFIED");
        feed.send("society.events", inspection);

        ObjectNode grant = feed.sample("funding/GrantApproved.v1.json");
        ((ObjectNode) grant.get("data").get("grant")).put("year", YEAR).put("approvedAmount", "12345.60");
        feed.send("funding.events", grant);
        ObjectNode link = feed.sample("funding/FinancingLinkRecorded.v1.json");
        ((ObjectNode) link.get("data").get("link")).put("startsOn", "2021-04-01");
        feed.send("funding.events", link);
        ObjectNode results = feed.sample("expert/AwardResultsAnnounced.v1.json");
        ((ObjectNode) results.get("data").get("programme")).put("year", YEAR);
        feed.send("expert.events", results);
        ObjectNode proposal = feed.sample("expert/ProposalAdopted.v1.json");
        ((ObjectNode) proposal.get("data")).put("year", YEAR);
        feed.send("expert.events", proposal);
        ObjectNode branded = feed.sample("event/EventBranded.v1.json");
        ((ObjectNode) branded.get("data").get("session")).put("year", YEAR);
        feed.send("event.events", branded);
        ObjectNode held = feed.sample("event/EventHeld.v1.json");
        String event = UUID.randomUUID().toString();
        held.put("subject", event);
        ((ObjectNode) held.get("data").get("event")).put("id", event).put("startsAt", "2021-10-15T01:00:00Z")
                .put("kind", "OUTREACH");
        ((ObjectNode) held.get("data").get("figures")).put("attended", 600).put("beneficiaries", 580);
        feed.send("event.events", held);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> mvc.perform(get("/api/publicity/reports/" + YEAR)
                        .with(admin()))
                .andExpect(jsonPath("$.figures['events.held']").value(1))
                .andExpect(jsonPath("$.figures['proposals.adopted']").value(1))
                .andExpect(jsonPath("$.figures['reElections']").value(1))
                .andExpect(jsonPath("$.figures['inspections.qualified']").value(0)));
        JsonNode report = json.readTree(mvc.perform(get("/api/publicity/reports/" + YEAR).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode f = report.get("figures");
        assertThat(f.get("societies.startOfYear").asLong()).isEqualTo(1);
        assertThat(f.get("societies.endOfYear").asLong()).isEqualTo(2);
        assertThat(f.get("societies.joined").asLong()).isEqualTo(1);
        assertThat(f.get("societies.founded").asLong()).isEqualTo(1);
        assertThat(f.get("societies.disqualified").asLong()).isEqualTo(1);
        assertThat(f.get("societies.deregistered").asLong()).isZero();
        assertThat(f.get("health.soundWeak").asLong()).isEqualTo(1);
        assertThat(f.get("party.covered").asLong()).isEqualTo(1);
        assertThat(f.get("party.percent").asString()).isEqualTo("50.0");
        assertThat(f.get("funding.granted").asString()).isEqualTo("12345.60");
        assertThat(f.get("funding.keyActivities").asLong()).isEqualTo(1);
        assertThat(f.get("financing.institutions").asLong()).isEqualTo(1);
        assertThat(f.get("awards.innovation").asLong()).isEqualTo(1);
        assertThat(f.get("awards.innovationEntries").asLong()).as("the results say how many were nominated")
                .isEqualTo(3);
        assertThat(f.get("awards.outstandingWorkers").asLong()).isZero();
        assertThat(f.get("events.attendance").asLong()).isEqualTo(600);
        assertThat(f.get("outreach.beneficiaries").asLong()).isEqualTo(580);
        assertThat(f.get("hall.sessions").asLong()).isEqualTo(1);
        assertThat(f.has("visits.growthPercent")).as("no visits the year before: no growth to state").isFalse();
        assertThat(report.get("breakdown").get("societiesByStatus").get("DISQUALIFIED").asLong()).isEqualTo(1);

        mvc.perform(get("/api/publicity/reports/" + YEAR + "/report.pdf").with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("visits.growthPercent")));

        jdbc.sql("INSERT INTO page_view (site_key, day, path, views) VALUES ('portal', ?, '/site', 100), ('portal', ?, '/site', 125)")
                .params(LocalDate.of(YEAR - 1, 5, 1), LocalDate.of(YEAR, 5, 1)).update();

        String html = mvc.perform(get("/api/publicity/reports/" + YEAR + "/report.html").with(admin()))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("2021年市科协学会工作报告").contains("较上年同期增长25.0%")
                .contains("/site/assets/echarts/echarts.min.js").contains("echarts.init");

        byte[] docx = mvc.perform(get("/api/publicity/reports/" + YEAR + "/report.docx").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("2021年市科协学会工作报告").contains("支持学会活动经费12345.60元")
                    .contains("学会信息服务平台访问量");
        }

        byte[] pdf = mvc.perform(get("/api/publicity/reports/" + YEAR + "/report.pdf").with(admin()))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("市科协学会工作报告").contains("新加入学会1个").contains("主要数据");
        }
    }

    /**
     * 2019, which no other test touches: the figures expert-service and funding-service count their own
     * way. Pools as they stood on 31 December, nominations from the notice before any result, a closed
     * grant at what it settled at, and a financing link in every year it is in force.
     */
    @Test
    void aYearIsCountedTheWayTheOwningServicesCountIt() throws Exception {
        int year = 2019;
        EventFeed feed = new EventFeed(json, broker);
        UUID stays = UUID.randomUUID();
        UUID leavesOnNewYearsEve = UUID.randomUUID();
        UUID comesNextYear = UUID.randomUUID();
        feed.send("expert.events", expert(feed, "ExpertAdmitted", stays, "admittedOn", "2019-03-01"));
        feed.send("expert.events", expert(feed, "ExpertAdmitted", leavesOnNewYearsEve, "admittedOn", "2019-05-01"));
        feed.send("expert.events", expert(feed, "ExpertLeftPool", leavesOnNewYearsEve, "leftOn", "2019-12-31"));
        feed.send("expert.events", expert(feed, "ExpertAdmitted", comesNextYear, "admittedOn", "2020-01-02"));

        ObjectNode workers = feed.sample("expert/AwardPublicNoticeOpened.v1.json");
        UUID workersProgramme = UUID.randomUUID();
        workers.put("subject", workersProgramme.toString());
        ((ObjectNode) workers.get("data").get("programme")).put("id", workersProgramme.toString()).put("year", year)
                .put("kind", "OUTSTANDING_WORKER");
        ((ObjectNode) workers.get("data")).put("nominations", 5);
        feed.send("expert.events", workers);
        ObjectNode innovation = feed.sample("expert/AwardPublicNoticeOpened.v1.json");
        UUID innovationProgramme = UUID.randomUUID();
        innovation.put("subject", innovationProgramme.toString());
        ((ObjectNode) innovation.get("data").get("programme")).put("id", innovationProgramme.toString())
                .put("year", year);
        ((ObjectNode) innovation.get("data")).remove("nominations");
        feed.send("expert.events", innovation);

        UUID closed = UUID.randomUUID();
        feed.send("funding.events", grant(feed, "GrantApproved", closed, year, "30000.00"));
        ObjectNode closing = grant(feed, "GrantClosed", closed, year, "30000.00");
        ((ObjectNode) closing.get("data")).put("settledAmount", "23800.00");
        feed.send("funding.events", closing);
        feed.send("funding.events", grant(feed, "GrantApproved", UUID.randomUUID(), year, "1000.00"));

        UUID partner = UUID.randomUUID();
        feed.send("funding.events", link(feed, partner, "济宁银行科技支行", "2017-05-01", "2019-06-30"));
        feed.send("funding.events", link(feed, partner, "济宁农商银行", "2018-01-01", "2018-12-31"));
        feed.send("funding.events", link(feed, partner, "济宁科技孵化器", "2020-01-01", null));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> mvc.perform(get("/api/publicity/reports/" + year)
                        .with(admin()))
                .andExpect(jsonPath("$.figures['funding.grants']").value(2))
                .andExpect(jsonPath("$.figures['experts.scienceTech']").value(1))
                .andExpect(jsonPath("$.figures['financing.institutions']").value(1)));
        JsonNode f = json.readTree(mvc.perform(get("/api/publicity/reports/" + year).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("figures");
        assertThat(f.get("experts.scienceTech").asLong()).as("in on 31 December 2019: only the one who stayed")
                .isEqualTo(1);
        assertThat(f.get("funding.granted").asString()).as("the closed grant at what it settled at")
                .isEqualTo("24800.00");
        assertThat(f.get("financing.societies").asLong()).isEqualTo(1);
        assertThat(f.get("financing.institutions").asLong()).as("the link in force in 2019, though it began in 2017")
                .isEqualTo(1);
        assertThat(f.get("awards.outstandingWorkerNominations").asLong()).as("from the notice, before any result")
                .isEqualTo(5);
        assertThat(f.get("awards.outstandingWorkers").asLong()).isZero();
        assertThat(f.has("awards.innovationEntries")).as("a notice that did not say how many were nominated")
                .isFalse();
        JsonNode later = json.readTree(mvc.perform(get("/api/publicity/reports/2020").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("figures");
        assertThat(later.get("financing.institutions").asLong()).as("2020: the incubator only").isEqualTo(1);
    }

    private static ObjectNode expert(EventFeed feed, String type, UUID expert, String dayField, String day) {
        ObjectNode event = feed.sample("expert/" + type + ".v1.json");
        event.put("subject", expert.toString());
        ((ObjectNode) event.get("data").get("expert")).put("id", expert.toString());
        ((ObjectNode) event.get("data")).put("pool", "SCI_TECH").put(dayField, day);
        return event;
    }

    private static ObjectNode grant(EventFeed feed, String type, UUID grant, int year, String approved) {
        ObjectNode event = feed.sample("funding/" + type + ".v1.json");
        event.put("subject", grant.toString());
        ((ObjectNode) event.get("data").get("grant")).put("id", grant.toString()).put("year", year)
                .put("approvedAmount", approved);
        return event;
    }

    private static ObjectNode link(EventFeed feed, UUID society, String institution, String startsOn, String endsOn) {
        ObjectNode event = feed.sample("funding/FinancingLinkRecorded.v1.json");
        String id = UUID.randomUUID().toString();
        event.put("subject", id);
        ((ObjectNode) event.get("data").get("link")).put("id", id).put("societyId", society.toString())
                .put("institution", institution).put("startsOn", startsOn).put("endsOn", endsOn);
        return event;
    }

    @Test
    void adminEditsTheTemplateAndAPlaceholderThatNamesNoFigureIsRefused() throws Exception {
        mvc.perform(json(put("/api/publicity/reports/template").with(admin()), """
                        {"body":"# {{year}}年报告\\n\\n学会{{societies.endOfYear}}个，{{societies.imaginary}}。"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("societies.imaginary")));
        try {
            mvc.perform(json(put("/api/publicity/reports/template").with(admin()), """
                            {"body":"# {{year}}年简报\\n\\n年末学会{{societies.endOfYear}}个。"}"""))
                    .andExpect(status().isOk());
            String html = mvc.perform(get("/api/publicity/reports/2020/report.html").with(admin()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains("2020年简报").contains("年末学会");
        } finally {
            mvc.perform(json(put("/api/publicity/reports/template").with(admin()),
                    json.writeValueAsString(java.util.Map.of("body", ReportTemplates.shipped()))))
                    .andExpect(status().isOk());
        }
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(org.citycast.publicity.platform.AssociationTime.ZONE)
                .toInstant();
    }
}
